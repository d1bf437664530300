import { createPostgresTestDatabase, TestDatabase } from '../testing/test-databases';
import { insertRows } from '../projections/insert-rows';

describe('rows loaded by COPY (PostgreSQL)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    await database.sql.query('CREATE TABLE copied (id integer PRIMARY KEY, label text, flag boolean, at timestamptz, state jsonb)');
  });
  afterAll(() => database.drop());

  it('come back as they went in, whatever their text holds', async () => {
    const rows = [
      [1, 'tab\there, line\nthere, back\\slash, return\r', true, '2025-07-01T00:00:00.000Z', JSON.stringify({ note: 'a "quoted"\nline', path: 'C:\\x' })],
      [2, null, false, new Date('2025-03-01T12:30:00.000Z'), { nested: [1, 2] }],
      [3, '\\N is text, not null', null, null, null],
    ];
    await database.sql.transaction((tx) => insertRows(tx, 'copied', ['id', 'label', 'flag', 'at', 'state'], rows));
    const back = await database.sql.query<{ id: number; label: string | null; flag: boolean | null; at: Date | null; state: unknown }>(
      'SELECT * FROM copied ORDER BY id',
    );
    expect(back.rows).toEqual([
      { id: 1, label: rows[0][1], flag: true, at: new Date('2025-07-01T00:00:00.000Z'), state: { note: 'a "quoted"\nline', path: 'C:\\x' } },
      { id: 2, label: null, flag: false, at: new Date('2025-03-01T12:30:00.000Z'), state: { nested: [1, 2] } },
      { id: 3, label: '\\N is text, not null', flag: null, at: null, state: null },
    ]);
  });
});
