import { SqlExecutor } from '@cpp/eventsourcing';

type Table = 'org_unit_versions' | 'org_agency_versions';
type IdColumn = 'unit_id' | 'agency_id';

/** A stored version: its columns, with `valid_from` as text (a date) and `recorded_from` as an ISO instant. */
type Row = Record<string, unknown> & { valid_from: string; recorded_from: string };

/** The version open on both axes: valid until further notice, and what the platform holds now. */
export async function openVersion(tx: SqlExecutor, table: Table, idColumn: IdColumn, id: string): Promise<Row> {
  const current = await tx.query<Record<string, unknown>>(
    `SELECT *, valid_from::text AS valid_from_text FROM ${table} WHERE ${idColumn} = $1 AND valid_to IS NULL AND recorded_to IS NULL`,
    [id],
  );
  if (current.rows.length === 0) throw new Error(`${table}: no open version of ${id} to change`);
  const { valid_from_text: validFrom, ...row } = current.rows[0];
  return { ...row, valid_from: String(validFrom), recorded_from: new Date(row.recorded_from as string).toISOString() };
}

/**
 * Starts a new version of an entity on `effectiveFrom`, as learnt at `recordedAt`: the open
 * version is closed that day and a copy with the changes opens. Two changes on the same day
 * fold into one version. Nothing is overwritten that the platform once held: the rows changed
 * stop being known at `recordedAt` and their successors are known from then.
 */
export async function changeVersion(
  tx: SqlExecutor,
  table: Table,
  idColumn: IdColumn,
  id: string,
  effectiveFrom: string,
  recordedAt: string,
  changes: Record<string, unknown>,
): Promise<void> {
  const open = await openVersion(tx, table, idColumn, id);
  recordedAt = new Date(recordedAt).toISOString();
  if (open.valid_from === effectiveFrom) {
    await supersede(tx, table, idColumn, open, recordedAt, changes);
    return;
  }
  const knownFrom = await supersede(tx, table, idColumn, open, recordedAt, { valid_to: effectiveFrom });
  await insertVersion(tx, table, { ...open, ...changes, valid_from: effectiveFrom, valid_to: null, recorded_from: knownFrom, recorded_to: null });
}

/**
 * Replaces a row's knowledge from `recordedAt` on, returning when the replacement is known
 * from. A row recorded at that same instant (two events of one append) is changed in place:
 * no instant ever saw it alone. Should a clock step back, the replacement starts where the
 * row did, so recorded intervals never overlap.
 */
async function supersede(tx: SqlExecutor, table: Table, idColumn: IdColumn, row: Row, recordedAt: string, changes: Record<string, unknown>): Promise<string> {
  const key = `${idColumn} = $1 AND valid_from = $2 AND recorded_from = $3`;
  const keyValues = [row[idColumn], row.valid_from, row.recorded_from];
  const columns = Object.keys(changes);
  if (row.recorded_from >= recordedAt) {
    const sets = columns.map((column, i) => `${column} = $${i + 4}`).join(', ');
    await tx.query(`UPDATE ${table} SET ${sets} WHERE ${key}`, [...keyValues, ...columns.map((column) => changes[column])]);
    return row.recorded_from;
  }
  await tx.query(`UPDATE ${table} SET recorded_to = $4 WHERE ${key}`, [...keyValues, recordedAt]);
  await insertVersion(tx, table, { ...row, ...changes, recorded_from: recordedAt, recorded_to: null });
  return recordedAt;
}

async function insertVersion(tx: SqlExecutor, table: Table, row: Record<string, unknown>): Promise<void> {
  const names = Object.keys(row);
  const values = names.map((name) => (isJsonColumn(name) && typeof row[name] !== 'string' ? JSON.stringify(row[name]) : row[name]));
  await tx.query(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`, values);
}

function isJsonColumn(name: string): boolean {
  return name === 'functions' || name === 'predecessor_agency_ids';
}
