import { eventStoreContract } from '../testing/event-store.contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

const url = process.env.EVENTSTOREDB_URL;

if (url) {
  // A real server (infra/compose.test.yaml). Streams get random names, so runs can share it.
  eventStoreContract(
    'eventstoredb',
    async () => {
      const store = EventStoreDbEventStore.connect(url);
      return { store, dispose: () => store.close() };
    },
    { concurrentTransactions: false },
  );
} else {
  describe('EventStoreDbEventStore.connect, without a server (set EVENTSTOREDB_URL to run the contract)', () => {
    it('builds a store from an esdb:// connection string without connecting', async () => {
      const store = EventStoreDbEventStore.connect('esdb://localhost:2113?tls=false');
      await expect(store.close()).resolves.toBeUndefined();
    });

    it.each(['http://localhost:2113', 'esdb://localhost:2113?tls=maybe', 'localhost:2113'])('refuses %s before any network call', (connectionString) => {
      expect(() => EventStoreDbEventStore.connect(connectionString)).toThrow(/Unexpected/);
    });
  });
}
