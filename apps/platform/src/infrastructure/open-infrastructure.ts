import * as path from 'node:path';
import { Clock, EventStore, Sql, SystemClock } from '@cpp/eventsourcing';
import { EventSourcingInfrastructure } from '@cpp/eventsourcing/nest';
import { PGliteSql } from '@cpp/eventsourcing/pglite';
import { NodePostgresSql, PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { PlatformConfig } from '../config/platform-config';

/**
 * Chooses the adapters from the configuration: PGlite in the data folder by default,
 * PostgreSQL with DATABASE_URL, and the log on EventStoreDB with EVENTSTOREDB_URL (the
 * read models then stay in PostgreSQL or PGlite).
 */
export async function openInfrastructure(
  config: PlatformConfig,
  clock: Clock = new SystemClock(),
): Promise<EventSourcingInfrastructure & { close(): Promise<void> }> {
  const readModels: Sql = config.databaseUrl ? new NodePostgresSql(config.databaseUrl) : await PGliteSql.open(path.join(config.dataDir, 'pglite'));
  let store: EventStore;
  if (config.eventStoreDbUrl) {
    // Loaded only when asked for: the gRPC client costs start-up time the embedded mode need not pay.
    const { EventStoreDbEventStore } = await import('@cpp/eventsourcing/eventstoredb');
    store = EventStoreDbEventStore.connect(config.eventStoreDbUrl, { clock });
  } else {
    store = await PostgresEventStore.create(readModels, { clock });
  }
  return {
    store,
    readModels,
    clock,
    async close() {
      await store.close();
      await readModels.close();
    },
  };
}
