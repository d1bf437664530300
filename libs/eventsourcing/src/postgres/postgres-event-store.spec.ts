import { eventStoreContract, LaggingTransaction } from '../testing/event-store.contract';
import { createPostgresTestDatabase } from '../testing/test-databases';
import { NodePostgresSql } from './node-postgres-sql';
import { PostgresEventStore } from './postgres-event-store';

eventStoreContract(
  'postgres',
  async () => {
    const database = await createPostgresTestDatabase();
    const store = await PostgresEventStore.create(database.sql, { pollIntervalMs: 50 });
    const lagging = new NodePostgresSql({ connectionString: database.url, max: 2 });
    return {
      store,
      async dispose() {
        await store.close();
        await lagging.close();
        await database.drop();
      },
      async openLaggingTransaction(): Promise<LaggingTransaction> {
        let append!: LaggingTransaction['append'];
        let release!: () => void;
        const released = new Promise<void>((resolve) => (release = resolve));
        let ready!: () => void;
        const isReady = new Promise<void>((resolve) => (ready = resolve));
        const done = lagging.transaction(async (tx) => {
          append = async (streamId, events) => {
            await store.appendWith(tx, streamId, events, 'any', { actor: 'user:lagging', agency: null, correlationId: 'lag', causationId: null });
          };
          ready();
          await released;
        });
        await isReady;
        return {
          append: (streamId, events) => append(streamId, events),
          async commit() {
            release();
            await done;
          },
        };
      },
    };
  },
  { concurrentTransactions: true },
);
