import { PostgresEventStore } from '../postgres/postgres-event-store';
import { RecordedEvent } from '../events/recorded-event';
import { Sql, SqlExecutor } from '../sql/sql';
import { createPGliteTestDatabase, createPostgresTestDatabase, TestDatabase } from '../testing/test-databases';
import { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';

const context = { actor: 'user:test', agency: null, correlationId: 'c', causationId: null };

/** Counts reports per agency; a 'fragile' one refuses an event marked poison, a 'slow' one takes its time. */
const reportsPerAgency = (name: string): Projection => ({
  name,
  migrations: [{ version: 1, name: 'counts', sql: `CREATE TABLE ${name} (agency text PRIMARY KEY, reports integer NOT NULL)` }],
  tables: [name],
  handles: ['ReportSubmitted'],
  async apply(tx: SqlExecutor, event: RecordedEvent) {
    const data = event.data as { agency: string; poison?: boolean };
    if (data.poison && name.startsWith('fragile')) throw new Error('cannot read this report');
    if (name.startsWith('slow')) await new Promise((resolve) => setTimeout(resolve, 5));
    await tx.query(`INSERT INTO ${name} (agency, reports) VALUES ($1, 1) ON CONFLICT (agency) DO UPDATE SET reports = ${name}.reports + 1`, [data.agency]);
  },
});

/** Moves its checkpoint past every event and handles none: most of a process's projections, for most events. */
const unconcerned = (name: string): Projection => ({ name, migrations: [], tables: [], handles: ['SomethingElse'], apply: async () => undefined });

async function counts(sql: Sql, table: string): Promise<Record<string, number>> {
  const result = await sql.query<{ agency: string; reports: number }>(`SELECT agency, reports FROM ${table} ORDER BY agency`);
  return Object.fromEntries(result.rows.map((row) => [row.agency, Number(row.reports)]));
}

describe.each([
  ['postgres', createPostgresTestDatabase],
  ['pglite', createPGliteTestDatabase],
])('projections of one process share their reads of the log [%s]', (_adapter, createDatabase) => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let reads: number;

  beforeEach(async () => {
    database = await createDatabase();
    store = await PostgresEventStore.create(database.sql, { pollIntervalMs: 20 });
    reads = 0;
    const readAll = store.readAll.bind(store);
    store.readAll = (options) => {
      reads++;
      return readAll(options);
    };
  });
  afterEach(() => database.drop());

  const submit = (agency: string, index: number, extra: Record<string, unknown> = {}) =>
    store.append(`report-${agency}-${index}`, [{ type: 'ReportSubmitted', data: { agency, ...extra } }], 'no_stream', context);

  const projections = () => [
    reportsPerAgency('steady_reports'),
    reportsPerAgency('slow_reports'),
    reportsPerAgency('fragile_reports'),
    ...Array.from({ length: 20 }, (_, i) => unconcerned(`unconcerned_${i}`)),
  ];

  it('each event reaches every projection once; a failing one stops alone and the slow one loses nothing; the log is read far less than once per projection', async () => {
    let failed: (projection: string) => void = () => undefined;
    const failure = new Promise<string>((resolve) => (failed = resolve));
    const runner = new ProjectionRunner(store, database.sql, projections(), { onFailure: (error) => failed(error.projection) });
    await runner.start();
    const appends = 40;
    await Promise.all(
      ['so-y-te', 'cong-an', 'so-gddt', 'so-ldtbxh'].map(async (agency) => {
        for (let i = 0; i < appends / 4; i++) await submit(agency, i, { poison: agency === 'so-gddt' && i === 3 });
      }),
    );
    expect(await failure).toBe('fragile_reports');
    await runner.caughtUp();
    const perAgency = { 'cong-an': 10, 'so-gddt': 10, 'so-ldtbxh': 10, 'so-y-te': 10 };
    expect(await counts(database.sql, 'steady_reports')).toEqual(perAgency);
    expect(await counts(database.sql, 'slow_reports')).toEqual(perAgency);
    const fragile = (await runner.status()).find((status) => status.projection === 'fragile_reports')!;
    expect(fragile.status).toBe('failed');
    expect(Object.values(await counts(database.sql, 'fragile_reports')).reduce((sum, n) => sum + n, 0)).toBeLessThan(appends);
    const head = await store.headCheckpoint();
    const unconcernedAt = (await runner.status()).filter((status) => status.projection.startsWith('unconcerned')).map((status) => status.checkpoint);
    expect(unconcernedAt).toEqual(Array.from({ length: 20 }, () => head));
    // 23 subscriptions woken by 40 appends: once per subscription per append would be 920 reads.
    expect(reads).toBeLessThan(3 * appends);
    await runner.stop();
  });

  it('resumes every projection from its own checkpoint, missing nothing and applying nothing twice', async () => {
    const first = new ProjectionRunner(store, database.sql, projections());
    await first.start();
    for (let i = 0; i < 5; i++) await submit('so-y-te', i);
    await first.caughtUp();
    await first.stop();
    for (let i = 5; i < 8; i++) await submit('so-y-te', i);
    const second = new ProjectionRunner(store, database.sql, projections());
    await second.start();
    await submit('cong-an', 0);
    await second.caughtUp();
    for (const table of ['steady_reports', 'slow_reports', 'fragile_reports'])
      expect(await counts(database.sql, table)).toEqual({ 'cong-an': 1, 'so-y-te': 8 });
    await second.stop();
  });
});
