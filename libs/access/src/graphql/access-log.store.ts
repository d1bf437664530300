import { Clock, EventStore } from '@cpp/eventsourcing';
import { NodePostgresSql, PostgresEventStore } from '@cpp/eventsourcing/postgres';

export const ACCESS_LOG_STORE = Symbol('AccessLogStore');

/** Where the access log is appended, and what closing it releases. */
export interface AccessLogStore {
  store: EventStore;
  close(): Promise<void>;
}

/**
 * On PostgreSQL the log gets a connection of its own: a batch's append holds its connection
 * through the commit's fsync, and on the pool the reads use it made a fast read wait behind it
 * (bench/workloads/access-log-overhead.ts measured the logged obligations query's p99 at 141%
 * of the plain one). One connection is enough: batches are appended one after another. The
 * events land in the same log, so the projections read them as any other. Without a database
 * URL (PGlite, one connection by nature; or the log on EventStoreDB) the shared store serves.
 */
export function accessLogStore(shared: EventStore, databaseUrl: string | null, clock: Clock): AccessLogStore {
  if (!databaseUrl) return { store: shared, close: async () => undefined };
  const sql = new NodePostgresSql({ connectionString: databaseUrl, max: 1, application_name: 'access-log' });
  const store = new PostgresEventStore(sql, { clock });
  return {
    store,
    async close() {
      await store.close();
      await sql.close();
    },
  };
}
