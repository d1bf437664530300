import * as fs from 'node:fs';
import * as path from 'node:path';
import { Sql, START } from '@cpp/eventsourcing';
import { PGliteSql } from '@cpp/eventsourcing/pglite';
import { NodePostgresSql, PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { freshDatabase } from '../lib/postgres-admin';
import { BenchEvent } from '../lib/payload';
import { AdapterFactory, Dataset, StoreAdapter } from './store-adapter';

/** Our event store through its public port (the same class on PostgreSQL and PGlite). */
class OurStore implements StoreAdapter {
  constructor(
    private readonly store: PostgresEventStore,
    private readonly sql: Sql,
  ) {}

  async append(stream: string, events: BenchEvent[], already: number): Promise<void> {
    await this.store.append(
      stream,
      events.map((event) => ({ id: event.id, type: event.type, data: event.data })),
      already === 0 ? 'no_stream' : already - 1,
      events[0].context,
    );
  }

  async readAll(pageSize: number, onPage: (ids: string[]) => void): Promise<void> {
    let after = START;
    for (;;) {
      const page = await this.store.readAll({ after, maxCount: pageSize });
      if (page.length > 0) onPage(page.map((event) => event.id));
      if (page.length < pageSize) return;
      after = page[page.length - 1].checkpoint;
    }
  }

  async catchUp(batchSize: number, onBatch: (ids: string[]) => void, done: Promise<void>): Promise<void> {
    let failure: unknown;
    const subscription = this.store.subscribe(
      async (events) => {
        onBatch(events.map((event) => event.id));
      },
      { batchSize, onError: (error) => (failure = error) },
    );
    await Promise.race([done, subscription.stopped]);
    await subscription.stop();
    if (failure) throw failure;
  }

  async close(): Promise<void> {
    await this.store.close();
    await this.sql.close();
  }
}

export function oursOnPostgres(adminUrl: string): AdapterFactory {
  return async (dataset: Dataset) => {
    const url = await freshDatabase(adminUrl, `bench_ours_${dataset}`);
    const sql = new NodePostgresSql({ connectionString: url, max: 10 });
    return new OurStore(await PostgresEventStore.create(sql), sql);
  };
}

/** PGlite in-process, file-backed in a fresh directory under the bench's temp dir. */
export function oursOnPGlite(tempDir: string): AdapterFactory {
  return async (dataset: Dataset) => {
    const dir = path.join(tempDir, `pglite-${dataset}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const sql = await PGliteSql.open(dir);
    return new OurStore(await PostgresEventStore.create(sql), sql);
  };
}
