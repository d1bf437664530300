import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { createPostgresTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';

const root = path.resolve(__dirname, '../..');
const EVENTS = 600;

function startWorker(databaseUrl: string): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', path.join(__dirname, 'fixtures', 'counting-projection-worker.ts')],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, TS_NODE_PROJECT: path.join(root, 'tsconfig.json'), NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

function linesOf(child: ChildProcess, onLine: (line: string) => void): void {
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    lines.forEach(onLine);
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('a projector killed in the middle of a batch (PostgreSQL, separate process, SIGKILL)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    const store = await PostgresEventStore.create(database.sql);
    const context = { actor: 'user:test', agency: 'so-y-te-soc-trang', correlationId: 'crash', causationId: null };
    for (let i = 0; i < EVENTS; i += 50) {
      await store.append(
        `task-${i}`,
        Array.from({ length: 50 }, (_, k) => ({ type: 'ProgressReported', data: { n: i + k } })),
        'no_stream',
        context,
      );
    }
  });
  afterAll(() => database?.drop());

  it('applies no event twice and misses none after restart', async () => {
    const first = startWorker(database.url!);
    let seen = 0;
    linesOf(first, (line) => {
      // Batches hold 100 events: the 150th application is halfway through the second batch.
      if (line.startsWith('applied') && ++seen === 150) first.kill('SIGKILL');
    });
    await exited(first);
    expect(seen).toBeGreaterThanOrEqual(150);

    const afterCrash = await database.sql.query<{ applied: number; rows: number; position: number }>(
      `SELECT (SELECT applied FROM crash_counter) AS applied, (SELECT count(*) FROM crash_applied) AS rows,
              (SELECT position FROM projection_checkpoints WHERE projection = 'crash-test.counting') AS position`,
    );
    // The first batch committed with its checkpoint; the interrupted one left no trace.
    expect(Number(afterCrash.rows[0].applied)).toBe(100);
    expect(Number(afterCrash.rows[0].rows)).toBe(100);

    const second = startWorker(database.url!);
    let output = '';
    linesOf(second, (line) => (output += `${line}\n`));
    expect(await exited(second)).toBe(0);
    expect(output).toContain('caught up');

    const final = await database.sql.query<{ applied: number; rows: number; distinct_positions: number; all_events: number }>(
      `SELECT (SELECT applied FROM crash_counter) AS applied, (SELECT count(*) FROM crash_applied) AS rows,
              (SELECT count(DISTINCT global_position) FROM crash_applied) AS distinct_positions,
              (SELECT count(*) FROM es_events) AS all_events`,
    );
    expect(final.rows[0]).toEqual({ applied: EVENTS, rows: EVENTS, distinct_positions: EVENTS, all_events: EVENTS });
    const missing = await database.sql.query(
      `SELECT event_id FROM es_events e WHERE NOT EXISTS (SELECT 1 FROM crash_applied a WHERE a.event_id = e.event_id::text)`,
    );
    expect(missing.rows).toEqual([]);
  }, 120000);
});
