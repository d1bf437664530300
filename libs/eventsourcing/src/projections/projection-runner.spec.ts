import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { Sql, SqlExecutor } from '../sql/sql';
import { createPGliteTestDatabase, createPostgresTestDatabase, TestDatabase } from '../testing/test-databases';
import { RecordedEvent } from '../events/recorded-event';
import { Projection, ProjectionFailure } from './projection';
import { insertRows } from './insert-rows';
import { ProjectionRunner, RebuildProgress } from './projection-runner';

const context = { actor: 'user:test', agency: null, correlationId: 'c', causationId: null };

/** Counts reports per agency; refuses an event marked poison, to show failure isolation. */
const reportsPerAgency = (name: string): Projection => ({
  name,
  migrations: [{ version: 1, name: 'counts', sql: `CREATE TABLE ${name.replace('.', '_')} (agency text PRIMARY KEY, reports integer NOT NULL)` }],
  tables: [name.replace('.', '_')],
  handles: ['ReportSubmitted'],
  async apply(tx: SqlExecutor, event: RecordedEvent) {
    const data = event.data as { agency: string; poison?: boolean };
    if (data.poison && name.startsWith('fragile')) throw new Error('cannot read this report');
    await tx.query(
      `INSERT INTO ${name.replace('.', '_')} (agency, reports) VALUES ($1, 1) ON CONFLICT (agency) DO UPDATE SET reports = ${name.replace('.', '_')}.reports + 1`,
      [data.agency],
    );
  },
});

/** The same counts, applied a batch at a time: one multi-row upsert per batch. */
const batchedReportsPerAgency = (name: string): Projection => {
  const single = reportsPerAgency(name);
  const table = name.replace('.', '_');
  return {
    ...single,
    async applyBatch(tx: SqlExecutor, events: RecordedEvent[]) {
      const perAgency = new Map<string, number>();
      for (const event of events) {
        const data = event.data as { agency: string; poison?: boolean };
        if (data.poison && name.startsWith('fragile')) throw new Error('cannot read this batch');
        perAgency.set(data.agency, (perAgency.get(data.agency) ?? 0) + 1);
      }
      const agencies = [...perAgency.keys()];
      await tx.query(
        `INSERT INTO ${table} (agency, reports) SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT (agency) DO UPDATE SET reports = ${table}.reports + EXCLUDED.reports`,
        [agencies, agencies.map((agency) => perAgency.get(agency))],
      );
    },
  };
};

async function counts(sql: Sql, table: string): Promise<Record<string, number>> {
  const result = await sql.query<{ agency: string; reports: number }>(`SELECT agency, reports FROM ${table} ORDER BY agency`);
  return Object.fromEntries(result.rows.map((row) => [row.agency, Number(row.reports)]));
}

/** The events read so far, as each page of the log was applied. */
const reading = (progress: RebuildProgress[]) => progress.filter((p) => (p.phase ?? 'reading') === 'reading').map((p) => p.processed);

describe.each([
  ['postgres', createPostgresTestDatabase],
  ['pglite', createPGliteTestDatabase],
])('projection runner [%s]', (_adapter, createDatabase) => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeEach(async () => {
    database = await createDatabase();
    store = await PostgresEventStore.create(database.sql, { pollIntervalMs: 20 });
  });
  afterEach(() => database.drop());

  const submit = (agency: string, extra: Record<string, unknown> = {}) =>
    store.append(`obligation-${randomUUID()}`, [{ type: 'ReportSubmitted', data: { agency, ...extra } }], 'no_stream', context);

  it('given events before and after start, the read model holds each exactly once', async () => {
    await submit('so-y-te');
    await submit('so-y-te');
    const runner = new ProjectionRunner(store, database.sql, [reportsPerAgency('steady.reports')]);
    await runner.start();
    await submit('cong-an');
    await runner.caughtUp();
    expect(await counts(database.sql, 'steady_reports')).toEqual({ 'cong-an': 1, 'so-y-te': 2 });
    await runner.stop();
  });

  it('a failing event stops only its projection, and reports the event and the error', async () => {
    const failures: ProjectionFailure[] = [];
    const runner = new ProjectionRunner(store, database.sql, [reportsPerAgency('fragile.reports'), reportsPerAgency('steady.reports')], {
      onFailure: (f) => failures.push(f),
    });
    await runner.start();
    await submit('so-y-te');
    const poison = await submit('so-gddt', { poison: true });
    await submit('cong-an');
    for (let i = 0; i < 100 && failures.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await runner.caughtUp().catch(() => undefined);

    expect(failures).toHaveLength(1);
    expect(failures[0].message).toMatch(/fragile\.reports failed on ReportSubmitted .*cannot read this report/);
    expect(await counts(database.sql, 'steady_reports')).toEqual({ 'cong-an': 1, 'so-gddt': 1, 'so-y-te': 1 });
    const status = (await runner.status()).find((s) => s.projection === 'fragile.reports')!;
    expect(status).toMatchObject({ status: 'failed', failedPosition: poison.checkpoint.position, error: expect.stringMatching(/cannot read this report/) });
    // The failed batch rolled back whole: nothing after the last good checkpoint is half-applied.
    expect(Object.values(await counts(database.sql, 'fragile_reports')).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
    await runner.stop();
  });

  it('resumes from its checkpoint when the log could not be read for a while', async () => {
    let outages = 2;
    const flaky: typeof store = Object.create(store);
    flaky.readAll = async (options) => {
      if (outages > 0) {
        outages--;
        throw new Error('connection terminated unexpectedly');
      }
      return store.readAll(options);
    };
    const interruptions: number[] = [];
    const runner = new ProjectionRunner(flaky, database.sql, [reportsPerAgency('steady.reports')], {
      retryDelayMs: 10,
      onInterrupted: (_p, _e, delay) => interruptions.push(delay),
    });
    await submit('so-y-te');
    await runner.start();
    for (let i = 0; i < 100 && interruptions.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 100));
    await runner.caughtUp();
    expect(interruptions).toEqual([10, 20]);
    expect(await counts(database.sql, 'steady_reports')).toEqual({ 'so-y-te': 1 });
    expect((await runner.status())[0].status).toBe('running');
    await runner.stop();
  });

  it('rebuilds a projection from zero with progress, to the same rows', async () => {
    for (let i = 0; i < 25; i++) await submit(i % 2 ? 'so-y-te' : 'cong-an');
    const runner = new ProjectionRunner(store, database.sql, [reportsPerAgency('steady.reports')]);
    await runner.start();
    await runner.caughtUp();
    const before = await counts(database.sql, 'steady_reports');
    await database.sql.query(`UPDATE steady_reports SET reports = 999`);
    const progress: RebuildProgress[] = [];
    const replayed = await runner.rebuild('steady.reports', (p) => progress.push(p), 10);
    expect(replayed).toBe(25);
    expect(await counts(database.sql, 'steady_reports')).toEqual(before);
    expect(reading(progress)).toEqual([0, 10, 20, 25]);
    expect(progress.every((p) => p.total === 25)).toBe(true);
    await submit('so-y-te');
    await runner.caughtUp();
    expect((await counts(database.sql, 'steady_reports'))['so-y-te']).toBe(before['so-y-te'] + 1);
    await runner.stop();
  });

  it('rebuilds every projection in one pass over the log, batch projections a batch at a time, to the same rows', async () => {
    for (let i = 0; i < 25; i++) await submit(i % 3 ? 'so-y-te' : 'cong-an');
    const runner = new ProjectionRunner(store, database.sql, [reportsPerAgency('steady.reports'), batchedReportsPerAgency('batched.reports')]);
    await runner.start();
    await runner.caughtUp();
    const before = await counts(database.sql, 'steady_reports');
    expect(await counts(database.sql, 'batched_reports')).toEqual(before);
    await database.sql.query(`UPDATE steady_reports SET reports = 999`);
    await database.sql.query(`UPDATE batched_reports SET reports = 999`);
    const progress: RebuildProgress[] = [];
    expect(await runner.rebuildAll((p) => progress.push(p), 10)).toBe(25);
    expect(reading(progress)).toEqual([0, 10, 20, 25]);
    // On PostgreSQL the writing of what the rebuilders kept and the commit are announced after the last page.
    if (database.sql.dialect === 'postgres')
      expect(progress.slice(-2).map((p) => [p.phase, p.processed])).toEqual([
        ['writing', 25],
        ['committing', 25],
      ]);
    expect(await counts(database.sql, 'steady_reports')).toEqual(before);
    expect(await counts(database.sql, 'batched_reports')).toEqual(before);
    await submit('so-y-te');
    await runner.caughtUp();
    expect((await counts(database.sql, 'batched_reports'))['so-y-te']).toBe(before['so-y-te'] + 1);
    await runner.stop();
  });

  it('while a projection is rebuilt, the others still see a new event within seconds', async () => {
    for (let i = 0; i < 20; i++) await submit('cong-an');
    // The rebuild stops between its first two pages until the live projection saw the new event (or 10 s).
    let seen = false;
    let sawNewEvent!: () => void;
    const gate = new Promise<void>((resolve) => (sawNewEvent = resolve));
    const timeout = setTimeout(sawNewEvent, 10000);
    let rebuildPages = 0;
    const slowRebuild = Object.create(store) as PostgresEventStore;
    slowRebuild.readAll = async (options) => {
      const page = await store.readAll(options);
      if (options?.maxCount === 7 && rebuildPages++ === 1) await gate;
      return page;
    };
    const runner = new ProjectionRunner(slowRebuild, database.sql, [reportsPerAgency('steady.reports'), rebuiltReportsPerAgency('bulk.reports')]);
    await runner.start();
    await runner.caughtUp();
    const rebuilt = runner.rebuild('bulk.reports', undefined, 7);
    while (rebuildPages < 2) await new Promise((r) => setTimeout(r, 10));
    const appendedAt = Date.now();
    await submit('so-y-te');
    while (!seen && Date.now() - appendedAt < 10000) {
      seen = (await counts(database.sql, 'steady_reports'))['so-y-te'] === 1;
      if (!seen) await new Promise((r) => setTimeout(r, 20));
    }
    sawNewEvent();
    clearTimeout(timeout);
    expect(await rebuilt).toBe(21);
    expect(seen).toBe(true);
    expect(Date.now() - appendedAt).toBeLessThan(5000);
    await runner.caughtUp();
    expect(await counts(database.sql, 'bulk_reports')).toEqual({ 'cong-an': 20, 'so-y-te': 1 });
    await runner.stop();
  });

  it('a batch that fails is applied event by event, so that the failure names the event at fault', async () => {
    await submit('so-y-te');
    const poison = await submit('so-gddt', { poison: true });
    await submit('cong-an');
    const failures: ProjectionFailure[] = [];
    const runner = new ProjectionRunner(store, database.sql, [batchedReportsPerAgency('fragile.reports')], { onFailure: (f) => failures.push(f) });
    await runner.start();
    for (let i = 0; i < 100 && failures.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(failures).toHaveLength(1);
    expect(failures[0].event.globalPosition).toBe(poison.checkpoint.position);
    expect(failures[0].message).toMatch(/cannot read this report/);
    expect((await counts(database.sql, 'fragile_reports'))['so-gddt']).toBeUndefined();
    await runner.stop();
  });
});

/** The counts again, rebuilt from a fold in memory: each agency's row written once, by COPY. */
const rebuiltReportsPerAgency = (name: string): Projection => {
  const single = reportsPerAgency(name);
  const table = name.replace('.', '_');
  return {
    ...single,
    rebuilder(shared) {
      const perAgency = shared.once(name, () => new Map<string, number>());
      return {
        async apply(_tx, events) {
          for (const event of events) {
            const data = event.data as { agency: string; poison?: boolean };
            if (data.poison && name.startsWith('fragile')) throw new Error('cannot rebuild this report');
            perAgency.set(data.agency, (perAgency.get(data.agency) ?? 0) + 1);
          }
        },
        finish: (tx) => insertRows(tx, table, ['agency', 'reports'], [...perAgency]),
      };
    },
  };
};

async function indexNames(sql: Sql): Promise<string[]> {
  const result = await sql.query<{ name: string }>(
    `SELECT tablename || '.' || indexname AS name FROM pg_indexes WHERE tablename IN ('steady_reports', 'bulk_reports') AND schemaname = current_schema() ORDER BY 1`,
  );
  return result.rows.map((row) => row.name);
}

describe('a full rebuild on PostgreSQL', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeEach(async () => {
    database = await createPostgresTestDatabase();
    store = await PostgresEventStore.create(database.sql, { pollIntervalMs: 20 });
  });
  afterEach(() => database.drop());

  const submit = (agency: string, extra: Record<string, unknown> = {}) =>
    store.append(`obligation-${randomUUID()}`, [{ type: 'ReportSubmitted', data: { agency, ...extra } }], 'no_stream', context);

  it('never shows a reader half a rebuild: a read during it answers with the whole result', async () => {
    for (let i = 0; i < 25; i++) await submit(i % 2 ? 'so-y-te' : 'cong-an');
    const runner = new ProjectionRunner(store, database.sql, [reportsPerAgency('steady.reports'), rebuiltReportsPerAgency('bulk.reports')]);
    await runner.start();
    await runner.caughtUp();
    const before = await counts(database.sql, 'bulk_reports');
    const indexesBefore = await indexNames(database.sql);
    const duringRebuild: Promise<Record<string, number>>[] = [];
    await runner.rebuildAll((p) => {
      if (p.processed === 10) duringRebuild.push(counts(database.sql, 'steady_reports'), counts(database.sql, 'bulk_reports'));
    }, 10);
    expect(await Promise.all(duringRebuild)).toEqual([before, before]);
    expect(await counts(database.sql, 'bulk_reports')).toEqual({ 'cong-an': 13, 'so-y-te': 12 });
    // The swapped-in tables carry the indexes under the names the migrations gave them, and no copy is left behind.
    expect(await indexNames(database.sql)).toEqual(indexesBefore);
    expect((await database.sql.query(`SELECT 1 FROM pg_namespace WHERE nspname LIKE 'projection_rebuild%'`)).rowCount).toBe(0);
    await submit('so-y-te');
    await runner.caughtUp();
    expect((await counts(database.sql, 'bulk_reports'))['so-y-te']).toBe(13);
    await runner.stop();
  });

  it('a rebuild that fails leaves every read model as it was', async () => {
    await submit('so-y-te');
    await submit('cong-an');
    const runner = new ProjectionRunner(store, database.sql, [reportsPerAgency('steady.reports'), rebuiltReportsPerAgency('fragile.reports')]);
    await runner.start();
    await runner.caughtUp();
    await runner.stop();
    await submit('so-gddt', { poison: true });
    await expect(runner.rebuildAll()).rejects.toThrow(/cannot rebuild this report/);
    expect((await database.sql.query(`SELECT 1 FROM pg_namespace WHERE nspname LIKE 'projection_rebuild%'`)).rowCount).toBe(0);
    expect(await counts(database.sql, 'steady_reports')).toEqual({ 'cong-an': 1, 'so-y-te': 1 });
    expect(await counts(database.sql, 'fragile_reports')).toEqual({ 'cong-an': 1, 'so-y-te': 1 });
  });
});
