import { checkpointMigrations, listCheckpoints, migrate, saveCheckpoint, Sql } from '@cpp/eventsourcing';
import { createPGliteTestDatabase, createPostgresTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';
import { chartVersionsProjection } from './chart-versions.projection';

/** What the removed projection inspections.known-organisation created, as it was. */
const knownOrganisation = [
  {
    version: 1,
    name: 'known units and agencies',
    sql: `
CREATE TABLE inspections_known_units (unit_id text PRIMARY KEY, name text NOT NULL, parent_unit_id text);
CREATE TABLE inspections_known_agencies (agency_id text PRIMARY KEY, name text NOT NULL, status text NOT NULL)
`,
  },
];

async function tableExists(sql: Sql, table: string): Promise<boolean> {
  const result = await sql.query<{ found: string | null }>('SELECT to_regclass($1)::text AS found', [table]);
  return result.rows[0].found !== null;
}

describe.each([
  ['postgres', createPostgresTestDatabase],
  ['pglite', createPGliteTestDatabase],
])('the chart copy forgets the copy it replaced [%s]', (_adapter, createDatabase) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createDatabase();
  });
  afterEach(() => database.drop());

  it('given a database that ran inspections.known-organisation and the first chart-versions migration, when migrated, then its tables, checkpoint and migrations record are gone', async () => {
    const { sql } = database;
    await migrate(sql, 'projections', checkpointMigrations);
    await migrate(sql, 'projection:inspections.known-organisation', knownOrganisation);
    await saveCheckpoint(sql, 'inspections.known-organisation', { transactionId: 7, position: 42 });
    await saveCheckpoint(sql, 'inspections.register', { transactionId: 7, position: 42 });
    await migrate(sql, `projection:${chartVersionsProjection.name}`, chartVersionsProjection.migrations.slice(0, 1));

    expect(await migrate(sql, `projection:${chartVersionsProjection.name}`, chartVersionsProjection.migrations)).toEqual([2]);

    expect(await tableExists(sql, 'inspections_known_units')).toBe(false);
    expect(await tableExists(sql, 'inspections_known_agencies')).toBe(false);
    expect(await tableExists(sql, 'inspections_unit_versions')).toBe(true);
    expect((await listCheckpoints(sql)).map((status) => status.projection)).toEqual(['inspections.register']);
    const record = await sql.query('SELECT version FROM schema_migrations WHERE component = $1', ['projection:inspections.known-organisation']);
    expect(record.rows).toEqual([]);
  });

  it('given a new database, when migrated, then nothing was there to forget and the chart copy stands', async () => {
    await migrate(database.sql, 'projections', checkpointMigrations);
    expect(await migrate(database.sql, `projection:${chartVersionsProjection.name}`, chartVersionsProjection.migrations)).toEqual([1, 2]);
    expect(await tableExists(database.sql, 'inspections_agency_versions')).toBe(true);
  });

  it('given no checkpoint table (a replay migrating the projection alone), when migrated, then it migrates all the same', async () => {
    expect(await migrate(database.sql, `projection:${chartVersionsProjection.name}`, chartVersionsProjection.migrations)).toEqual([1, 2]);
    expect(await tableExists(database.sql, 'projection_checkpoints')).toBe(false);
  });
});
