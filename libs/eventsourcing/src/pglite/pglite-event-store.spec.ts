import { PostgresEventStore } from '../postgres/postgres-event-store';
import { eventStoreContract } from '../testing/event-store.contract';
import { createPGliteTestDatabase } from '../testing/test-databases';

eventStoreContract(
  'pglite',
  async () => {
    const database = await createPGliteTestDatabase();
    const store = await PostgresEventStore.create(database.sql, { pollIntervalMs: 50 });
    return {
      store,
      async dispose() {
        await store.close();
        await database.drop();
      },
    };
  },
  { concurrentTransactions: false },
);
