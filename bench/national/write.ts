import { Sql, systemContext } from '@cpp/eventsourcing';
import { PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { NationalDataset, WAVES } from './dataset';

export interface WriteFigures {
  events: number;
  streams: number;
  appends: number;
  seconds: number;
  /** Bytes of the event tables with their indexes (pg_total_relation_size), when measurable. */
  bytes: number | null;
}

/**
 * Appends the dataset wave after wave: in each wave every stream's events go in one append
 * with the expected revision the previous wave left; appends are batched, `streamsPerTransaction`
 * streams in one transaction (one commit, one flush), several transactions at a time.
 */
export async function writeNational(
  store: PostgresEventStore,
  sql: Sql,
  dataset: NationalDataset,
  options: { concurrency?: number; streamsPerTransaction?: number; progress?: (line: string) => void } = {},
): Promise<Omit<WriteFigures, 'bytes'>> {
  const concurrency = options.concurrency ?? 4;
  const perTransaction = options.streamsPerTransaction ?? 200;
  const revisions = new Map<string, number>();
  const context = systemContext('national-dataset', 'national-dataset');
  const started = process.hrtime.bigint();
  let events = 0;
  let appends = 0;
  for (const [w, wave] of dataset.waves.entries()) {
    let nextIndex = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let start = (nextIndex += perTransaction) - perTransaction; start < wave.length; start = (nextIndex += perTransaction) - perTransaction) {
          const chunk = wave.slice(start, start + perTransaction);
          const results = await sql.transaction(async (tx) => {
            const written: number[] = [];
            for (const { streamId, events: batch } of chunk) {
              written.push((await store.appendWith(tx, streamId, batch, revisions.get(streamId) ?? 'no_stream', context)).nextExpectedRevision);
            }
            return written;
          });
          chunk.forEach(({ streamId, events: batch }, i) => {
            revisions.set(streamId, results[i]);
            events += batch.length;
            appends++;
          });
        }
      }),
    );
    options.progress?.(
      `national: wave ${WAVES[w]} written (${events} events, ${appends} appends, ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s)`,
    );
  }
  return { events, streams: revisions.size, appends, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/** Size of the store's own tables (events and streams) on PostgreSQL. */
export async function storeBytes(sql: Sql): Promise<number | null> {
  const result = await sql.query<{ bytes: string | null }>(
    `SELECT sum(pg_total_relation_size(c.oid))::text AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND n.nspname = current_schema() AND c.relname IN ('es_events', 'es_streams')`,
  );
  return result.rows[0]?.bytes ? Number(result.rows[0].bytes) : null;
}
