// The raw limit on the same cluster: the same rows inserted into the same table (the event
// store's es_events, created by its own migrations) with plain `pg`, no event-store logic:
// one row per autocommit INSERT, or multi-row INSERTs. Runs in its own worker process.
import { Pool } from 'pg';
import { NodePostgresSql, PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { freshDatabase } from '../lib/postgres-admin';
import { makeEvents } from '../lib/payload';
import { clientCpuMicros } from '../lib/cpu';
import { Sample, seconds } from '../lib/stats';
import { WorkerOperations } from '../lib/worker';

export interface RawInsertConfig {
  clients: number;
  rowsPerStatement: number;
  events: number;
}

const COLUMNS = [
  'stream_id',
  'revision',
  'event_id',
  'event_type',
  'schema_version',
  'data',
  'occurred_at',
  'actor',
  'agency',
  'correlation_id',
  'causation_id',
];

function insertStatement(rows: number): string {
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) tuples.push(`(${COLUMNS.map((_, c) => `$${r * COLUMNS.length + c + 1}`).join(', ')})`);
  return `INSERT INTO es_events (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`;
}

let runCounter = 0;

export async function rawInsertWorkload(pool: Pool, config: RawInsertConfig): Promise<Sample> {
  const run = runCounter++;
  const text = insertStatement(config.rowsPerStatement);
  const perClient = Math.floor(config.events / config.clients / config.rowsPerStatement);
  const now = new Date().toISOString();
  // Statements prepared before the clock starts, as the event-store workloads do.
  const plans = Array.from({ length: config.clients }, (_, c) =>
    Array.from({ length: perClient }, (_, i) => {
      const stream = `raw-${run}c${c}s${i}`;
      return makeEvents(stream, config.rowsPerStatement).flatMap((event, revision) => [
        stream,
        revision,
        event.id,
        event.type,
        1,
        JSON.stringify(event.data),
        now,
        event.context.actor,
        event.context.agency,
        event.context.correlationId,
        event.context.causationId,
      ]);
    }),
  );
  const cpu = clientCpuMicros();
  const start = process.hrtime.bigint();
  await Promise.all(
    plans.map(async (plan) => {
      for (const params of plan) await pool.query(text, params);
    }),
  );
  const elapsed = seconds(start);
  return { events: config.clients * perClient * config.rowsPerStatement, seconds: elapsed, clientCpuMicros: clientCpuMicros() - cpu };
}

export function createWorker(options: { adminUrl: string }): WorkerOperations {
  let pool: Pool | undefined;
  return {
    async open() {
      const url = await freshDatabase(options.adminUrl, 'bench_raw');
      const sql = new NodePostgresSql({ connectionString: url, max: 1 });
      await PostgresEventStore.create(sql);
      await sql.close();
      pool = new Pool({ connectionString: url, max: 10 });
    },
    async insert({ config }: { config: RawInsertConfig }) {
      if (!pool) throw new Error('Not open');
      return rawInsertWorkload(pool, config);
    },
    async close() {
      await pool?.end();
      pool = undefined;
    },
  };
}
