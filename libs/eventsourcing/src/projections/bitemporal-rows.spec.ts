import { SqlExecutor } from '../sql/sql';
import { createPGliteTestDatabase, createPostgresTestDatabase, TestDatabase } from '../testing/test-databases';
import { BitemporalTable, changeVersion, openFirstVersion, openVersion } from './bitemporal-rows';
import { knownAtSql } from './recorded-versions';

const AGENCIES: BitemporalTable = { table: 'agency_versions', key: 'agency_id', jsonColumns: ['functions'], whenMissing: 'fail' };
const COPY: BitemporalTable = { ...AGENCIES, whenMissing: 'ignore' };

const TABLE = `
CREATE TABLE agency_versions (
  agency_id text NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  recorded_from timestamptz NOT NULL,
  recorded_to timestamptz,
  name text NOT NULL,
  functions jsonb NOT NULL,
  PRIMARY KEY (agency_id, valid_from, recorded_from)
)`;

/** An agency's name on `date` as the platform knew it at `knownAt` (null: knows now). */
async function nameOn(sql: SqlExecutor, date: string, knownAt: string | null = null): Promise<string | null> {
  const known = knownAt ? knownAtSql('$2::timestamptz') : 'recorded_to IS NULL';
  const result = await sql.query<{ name: string }>(
    `SELECT name FROM agency_versions WHERE agency_id = 'a' AND valid_from <= $1::date AND (valid_to IS NULL OR valid_to > $1::date) AND ${known}`,
    knownAt ? [date, knownAt] : [date],
  );
  if (result.rows.length > 1) throw new Error(`two versions stand on ${date} as known at ${knownAt}`);
  return result.rows[0]?.name ?? null;
}

async function versions(
  sql: SqlExecutor,
): Promise<{ valid_from: string; valid_to: string | null; name: string; recorded_from: string; recorded_to: string | null }[]> {
  const result = await sql.query<Record<string, any>>(
    `SELECT valid_from::text, valid_to::text, name, recorded_from, recorded_to FROM agency_versions ORDER BY recorded_from, valid_from`,
  );
  return result.rows.map((row) => ({
    valid_from: row.valid_from,
    valid_to: row.valid_to,
    name: row.name,
    recorded_from: new Date(row.recorded_from).toISOString(),
    recorded_to: row.recorded_to === null ? null : new Date(row.recorded_to).toISOString(),
  }));
}

describe.each([
  ['postgres', createPostgresTestDatabase],
  ['pglite', createPGliteTestDatabase],
])('bitemporal rows [%s]', (_adapter, createDatabase) => {
  let database: TestDatabase;
  let sql: SqlExecutor;

  beforeEach(async () => {
    database = await createDatabase();
    sql = database.sql;
    await sql.query(TABLE);
  });
  afterEach(() => database.drop());

  const register = () =>
    openFirstVersion(sql, AGENCIES, '2025-01-10T08:00:00.000Z', { agency_id: 'a', valid_from: '2025-01-01', name: 'Sở LĐTBXH', functions: ['care'] });

  it('given nothing, when an agency is registered, then its first version stands from its date, known from when it was recorded', async () => {
    await register();

    expect(await versions(sql)).toEqual([
      { valid_from: '2025-01-01', valid_to: null, name: 'Sở LĐTBXH', recorded_from: '2025-01-10T08:00:00.000Z', recorded_to: null },
    ]);
    expect(await nameOn(sql, '2024-12-31')).toBeNull();
    expect(await nameOn(sql, '2025-01-10', '2025-01-09T00:00:00.000Z')).toBeNull();
    expect((await openVersion(sql, AGENCIES, 'a'))?.functions).toEqual(['care']);
  });

  it('given a version, when a rename effective later is recorded, then the old name stands until that day and the chart known before stays', async () => {
    await register();

    await changeVersion(sql, AGENCIES, 'a', '2025-03-01', '2025-02-01T00:00:00.000Z', { name: 'Sở Y tế' });

    expect(await nameOn(sql, '2025-02-28')).toBe('Sở LĐTBXH');
    expect(await nameOn(sql, '2025-03-01')).toBe('Sở Y tế');
    expect(await nameOn(sql, '2025-03-01', '2025-01-31T00:00:00.000Z')).toBe('Sở LĐTBXH');
    expect(await versions(sql)).toEqual([
      { valid_from: '2025-01-01', valid_to: null, name: 'Sở LĐTBXH', recorded_from: '2025-01-10T08:00:00.000Z', recorded_to: '2025-02-01T00:00:00.000Z' },
      { valid_from: '2025-01-01', valid_to: '2025-03-01', name: 'Sở LĐTBXH', recorded_from: '2025-02-01T00:00:00.000Z', recorded_to: null },
      { valid_from: '2025-03-01', valid_to: null, name: 'Sở Y tế', recorded_from: '2025-02-01T00:00:00.000Z', recorded_to: null },
    ]);
  });

  it('given a version, when two changes take effect on the same day, then they fold into one version', async () => {
    await register();

    await changeVersion(sql, AGENCIES, 'a', '2025-03-01', '2025-02-01T00:00:00.000Z', { name: 'Sở Y tế' });
    await changeVersion(sql, AGENCIES, 'a', '2025-03-01', '2025-02-02T00:00:00.000Z', { functions: ['care', 'health'] });

    const open = await openVersion(sql, AGENCIES, 'a');
    expect(open).toMatchObject({ valid_from: '2025-03-01', name: 'Sở Y tế', functions: ['care', 'health'], recorded_from: '2025-02-02T00:00:00.000Z' });
    expect((await versions(sql)).filter((v) => v.recorded_to === null).map((v) => [v.valid_from, v.valid_to])).toEqual([
      ['2025-01-01', '2025-03-01'],
      ['2025-03-01', null],
    ]);
    expect(await nameOn(sql, '2025-03-01', '2025-02-01T12:00:00.000Z')).toBe('Sở Y tế');
  });

  it('given a rename, when a correction of it is known later, then the corrected name stands and the chart as known before the correction stays', async () => {
    await register();
    await changeVersion(sql, AGENCIES, 'a', '2025-03-01', '2025-02-01T00:00:00.000Z', { name: 'Sở Y te' });

    await changeVersion(sql, AGENCIES, 'a', '2025-03-01', '2025-04-01T00:00:00.000Z', { name: 'Sở Y tế' });

    expect(await nameOn(sql, '2025-03-15')).toBe('Sở Y tế');
    expect(await nameOn(sql, '2025-03-15', '2025-03-31T00:00:00.000Z')).toBe('Sở Y te');
    expect(await nameOn(sql, '2025-02-15', '2025-03-31T00:00:00.000Z')).toBe('Sở LĐTBXH');
    expect(await nameOn(sql, '2025-03-15', '2025-01-31T00:00:00.000Z')).toBe('Sở LĐTBXH');
  });

  it('given two changes recorded at one instant, then the first is changed in place: no instant saw it alone', async () => {
    await register();

    await changeVersion(sql, AGENCIES, 'a', '2025-03-01', '2025-02-01T00:00:00.000Z', { name: 'Sở Y tế' });
    await changeVersion(sql, AGENCIES, 'a', '2025-05-01', '2025-02-01T00:00:00.000Z', { name: 'Sở Y tế và Xã hội' });

    expect((await versions(sql)).filter((v) => v.recorded_from === '2025-02-01T00:00:00.000Z').map((v) => [v.valid_from, v.valid_to, v.name])).toEqual([
      ['2025-01-01', '2025-03-01', 'Sở LĐTBXH'],
      ['2025-03-01', '2025-05-01', 'Sở Y tế'],
      ['2025-05-01', null, 'Sở Y tế và Xã hội'],
    ]);
  });

  it('given no version, when a change arrives, then the chart refuses it and a copy ignores it', async () => {
    await expect(changeVersion(sql, AGENCIES, 'a', '2025-03-01', '2025-02-01T00:00:00.000Z', { name: 'Sở Y tế' })).rejects.toThrow(
      'agency_versions: no open version of a to change',
    );

    await changeVersion(sql, COPY, 'a', '2025-03-01', '2025-02-01T00:00:00.000Z', { name: 'Sở Y tế' });
    expect(await versions(sql)).toEqual([]);
  });
});
