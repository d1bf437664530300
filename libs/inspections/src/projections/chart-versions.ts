import { SqlExecutor } from '@cpp/eventsourcing';

/** The two tables of this context's chart copy; each row one period of a unit or agency, as held over a recorded interval. */
export type ChartTable = { table: 'inspections_unit_versions'; key: 'unit_id' } | { table: 'inspections_agency_versions'; key: 'agency_id' };
export const UNIT_VERSIONS: ChartTable = { table: 'inspections_unit_versions', key: 'unit_id' };
export const AGENCY_VERSIONS: ChartTable = { table: 'inspections_agency_versions', key: 'agency_id' };

type Row = Record<string, unknown> & { valid_from: string; recorded_from: string };

/** The first version of a unit or agency: valid from its effective date, known from when it was recorded. */
export async function openFirstVersion(
  tx: SqlExecutor,
  spec: ChartTable,
  recordedAt: string,
  row: Record<string, unknown> & { valid_from: string },
): Promise<void> {
  await insert(tx, spec, { ...row, recorded_from: new Date(recordedAt).toISOString(), recorded_to: null, valid_to: null });
}

/**
 * A change effective on `effectiveFrom`, learnt at `recordedAt`: the open version ends that
 * day and a copy with the changes begins (the organisation chart records each entity's
 * changes in the order they take effect, so it is always the open version that changes; two
 * changes on one day fold into one version). Nothing once held is overwritten: superseded
 * rows stop being known at `recordedAt`, so the chart as known at an earlier instant stays.
 */
export async function changeVersion(
  tx: SqlExecutor,
  spec: ChartTable,
  id: string,
  effectiveFrom: string,
  recordedAt: string,
  changes: Record<string, unknown>,
): Promise<void> {
  const open = await openVersion(tx, spec, id);
  if (!open) return;
  const at = new Date(recordedAt).toISOString();
  if (open.valid_from >= effectiveFrom) {
    await supersede(tx, spec, open, at, changes);
    return;
  }
  const knownFrom = await supersede(tx, spec, open, at, { valid_to: effectiveFrom });
  await insert(tx, spec, { ...open, ...changes, valid_from: effectiveFrom, valid_to: null, recorded_from: knownFrom, recorded_to: null });
}

async function openVersion(tx: SqlExecutor, spec: ChartTable, id: string): Promise<Row | null> {
  const result = await tx.query<Record<string, unknown>>(
    `SELECT *, valid_from::text AS valid_from_text FROM ${spec.table} WHERE ${spec.key} = $1 AND valid_to IS NULL AND recorded_to IS NULL`,
    [id],
  );
  if (result.rows.length === 0) return null;
  const { valid_from_text: validFrom, ...row } = result.rows[0];
  return { ...row, valid_from: String(validFrom), recorded_from: new Date(row.recorded_from as string).toISOString() };
}

/**
 * The row's knowledge replaced from `recordedAt`; returns when the replacement is known from.
 * A row recorded at that same instant (two events of one append) changes in place: no instant
 * saw it alone. Should a clock step back, the replacement starts where the row did.
 */
async function supersede(tx: SqlExecutor, spec: ChartTable, row: Row, recordedAt: string, changes: Record<string, unknown>): Promise<string> {
  const key = `${spec.key} = $1 AND valid_from = $2::date AND recorded_from = $3::timestamptz`;
  const keyValues = [row[spec.key], row.valid_from, row.recorded_from];
  const columns = Object.keys(changes);
  if (row.recorded_from >= recordedAt) {
    await tx.query(`UPDATE ${spec.table} SET ${columns.map((column, i) => `${column} = $${i + 4}`).join(', ')} WHERE ${key}`, [
      ...keyValues,
      ...columns.map((column) => changes[column]),
    ]);
    return row.recorded_from;
  }
  await tx.query(`UPDATE ${spec.table} SET recorded_to = $4 WHERE ${key}`, [...keyValues, recordedAt]);
  await insert(tx, spec, { ...row, ...changes, recorded_from: recordedAt, recorded_to: null });
  return recordedAt;
}

async function insert(tx: SqlExecutor, spec: ChartTable, row: Record<string, unknown>): Promise<void> {
  const names = Object.keys(row);
  await tx.query(
    `INSERT INTO ${spec.table} (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`,
    names.map((name) => row[name]),
  );
}
