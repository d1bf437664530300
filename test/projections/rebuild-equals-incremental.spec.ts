import { Projection, ProjectionRunner, Sql } from '@cpp/eventsourcing';
import { ProjectionsService, READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { createPGliteTestDatabase, createPostgresTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';
import { generateNational } from '../../bench/national/dataset';
import { ALL_PROJECTIONS } from '../../bench/national/projections';
import { writeNational } from '../../bench/national/write';
import { startTestPlatform, TestPlatform } from '../support/platform-harness';

/** Every row of every table of the projections, each table's rows in one order, as JSON. */
async function tablesOf(sql: Sql, projections: Projection[]): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of projections.flatMap((projection) => projection.tables)) {
    const result = await sql.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY 1`);
    tables[table] = result.rows.map((row) => row.row);
  }
  return tables;
}

function expectSameRows(rebuilt: Record<string, string[]>, incremental: Record<string, string[]>): void {
  for (const table of Object.keys(incremental)) expect({ table, rows: rebuilt[table] }).toEqual({ table, rows: incremental[table] });
}

/**
 * A full rebuild (bulk rebuilders, into shadow tables indexed after the load, then swapped in) must
 * leave every table of every projection row for row as following the log live does.
 */
describe.each([
  ['postgres', createPostgresTestDatabase, 0.002],
  // PGlite is several times slower at writing the log: a smaller one.
  ['pglite', createPGliteTestDatabase, 0.001],
])('a full rebuild equals incremental projection, on a generated national log [%s]', (_adapter, createDatabase, scale) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createDatabase();
  });
  afterAll(() => database.drop());

  it('every table holds the same rows after live catch-up and after rebuildAll, which then follows the log again', async () => {
    const store = await PostgresEventStore.create(database.sql, { pollIntervalMs: 20 });
    const runner = new ProjectionRunner(store, database.sql, ALL_PROJECTIONS);
    await runner.start();
    // Written while the projections follow: the live side sees the log in many small batches.
    await writeNational(store, database.sql, generateNational(scale, 7));
    await runner.caughtUp();
    const incremental = await tablesOf(database.sql, ALL_PROJECTIONS);
    expect(incremental.assignments_obligation_versions.length).toBeGreaterThan(incremental.assignments_obligations.length);
    expect(incremental.assignments_task_versions.length).toBeGreaterThan(incremental.assignments_tasks.length);
    expect(incremental.inspections_findings.length).toBeGreaterThan(0);

    const events = (await store.countEvents())!;
    expect(await runner.rebuildAll(undefined, 700)).toBe(events);
    expectSameRows(await tablesOf(database.sql, ALL_PROJECTIONS), incremental);

    // Each checkpoint stands at the log's end: the projections go on from there, not from zero.
    const appended = await store.append('rebuild-note', [{ type: 'RebuildNoted', data: {} }], 'no_stream', {
      actor: 'user:test',
      agency: null,
      correlationId: 'rebuild',
      causationId: null,
    });
    await runner.caughtUp();
    expect((await runner.status()).map((status) => [status.projection, status.checkpoint])).toEqual(
      ALL_PROJECTIONS.map((projection) => [projection.name, appended.checkpoint]),
    );
    expectSameRows(await tablesOf(database.sql, ALL_PROJECTIONS), incremental);
    await runner.stop();
  }, 240_000);
});

describe('a full rebuild equals incremental projection, on the demo log with the 2025 reorganisation (platform, PostgreSQL)', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform();
  }, 240_000);
  afterAll(() => t.stop());

  it('every table of every registered projection holds the same rows after rebuildAll', async () => {
    const projections = t.platform.app.get(ProjectionsService);
    const sql = t.platform.app.get<Sql>(READ_MODEL_SQL);
    await projections.caughtUp();
    const incremental = await tablesOf(sql, ALL_PROJECTIONS);
    expect(incremental.directives_documents.length).toBeGreaterThan(0);
    expect(incremental.org_agency_versions.length).toBeGreaterThan(0);
    const progress: number[] = [];
    await projections.rebuildAll(({ processed }) => progress.push(processed));
    expect(progress.length).toBeGreaterThan(1);
    expectSameRows(await tablesOf(sql, ALL_PROJECTIONS), incremental);
  }, 240_000);
});
