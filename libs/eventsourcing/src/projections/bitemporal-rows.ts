import { SqlExecutor } from '../sql/sql';

/**
 * A read model that keeps an entity as versions on two axes: valid from one date to another
 * (`valid_from date`, `valid_to date`, exclusive, null: until further notice) and held by the
 * platform from one instant to another (`recorded_from timestamptz`, `recorded_to
 * timestamptz`, null: what is held now). Primary key (key, valid_from, recorded_from).
 * "The entity on a date as known at an instant" is then one range lookup, and nothing the
 * platform once held is overwritten.
 */
export interface BitemporalTable {
  table: string;
  key: string;
  /** jsonb columns: read back parsed, so written again as JSON text. */
  jsonColumns?: readonly string[];
  /** A change to an entity without an open version: refused ('fail'), or nothing to change ('ignore', a copy that may not hold it). */
  whenMissing: 'fail' | 'ignore';
}

/** A stored version: its columns, with `valid_from` as text (a date) and `recorded_from` as an ISO instant. */
export type BitemporalRow = Record<string, unknown> & { valid_from: string; recorded_from: string };

/** The first version of an entity: valid from `row.valid_from` until further notice, known from `recordedAt`. */
export async function openFirstVersion(
  tx: SqlExecutor,
  spec: BitemporalTable,
  recordedAt: string,
  row: Record<string, unknown> & { valid_from: string },
): Promise<void> {
  await insertVersion(tx, spec, { ...row, valid_to: null, recorded_from: new Date(recordedAt).toISOString(), recorded_to: null });
}

/** The version open on both axes: valid until further notice, and what the platform holds now. */
export async function openVersion(tx: SqlExecutor, spec: BitemporalTable, id: string): Promise<BitemporalRow | null> {
  const result = await tx.query<Record<string, unknown>>(
    `SELECT *, valid_from::text AS valid_from_text FROM ${spec.table} WHERE ${spec.key} = $1 AND valid_to IS NULL AND recorded_to IS NULL`,
    [id],
  );
  if (result.rows.length === 0) {
    if (spec.whenMissing === 'fail') throw new Error(`${spec.table}: no open version of ${id} to change`);
    return null;
  }
  const { valid_from_text: validFrom, ...row } = result.rows[0];
  return { ...row, valid_from: String(validFrom), recorded_from: new Date(row.recorded_from as string).toISOString() };
}

/**
 * A change effective on `effectiveFrom`, learnt at `recordedAt`: the open version ends that
 * day and a copy with the changes begins. Changes are recorded in the order they take effect
 * (a later one never takes effect before an earlier one), so it is always the open version
 * that changes; two changes on one day fold into one version. The rows changed stop being
 * known at `recordedAt` and their successors are known from then, so the entity as known at
 * an earlier instant stays as it was.
 */
export async function changeVersion(
  tx: SqlExecutor,
  spec: BitemporalTable,
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
  await insertVersion(tx, spec, { ...open, ...changes, valid_from: effectiveFrom, valid_to: null, recorded_from: knownFrom, recorded_to: null });
}

/**
 * Replaces a row's knowledge from `recordedAt` on, returning when the replacement is known
 * from. A row recorded at that same instant (two events of one append) is changed in place:
 * no instant ever saw it alone. Should a clock step back, the replacement starts where the
 * row did, so recorded intervals never overlap.
 */
async function supersede(tx: SqlExecutor, spec: BitemporalTable, row: BitemporalRow, recordedAt: string, changes: Record<string, unknown>): Promise<string> {
  const key = `${spec.key} = $1 AND valid_from = $2::date AND recorded_from = $3::timestamptz`;
  const keyValues = [row[spec.key], row.valid_from, row.recorded_from];
  const columns = Object.keys(changes);
  if (row.recorded_from >= recordedAt) {
    const sets = columns.map((column, i) => `${column} = $${i + 4}`).join(', ');
    await tx.query(`UPDATE ${spec.table} SET ${sets} WHERE ${key}`, [...keyValues, ...columns.map((column) => toParameter(spec, column, changes[column]))]);
    return row.recorded_from;
  }
  await tx.query(`UPDATE ${spec.table} SET recorded_to = $4 WHERE ${key}`, [...keyValues, recordedAt]);
  await insertVersion(tx, spec, { ...row, ...changes, recorded_from: recordedAt, recorded_to: null });
  return recordedAt;
}

async function insertVersion(tx: SqlExecutor, spec: BitemporalTable, row: Record<string, unknown>): Promise<void> {
  const names = Object.keys(row);
  await tx.query(
    `INSERT INTO ${spec.table} (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`,
    names.map((name) => toParameter(spec, name, row[name])),
  );
}

function toParameter(spec: BitemporalTable, column: string, value: unknown): unknown {
  return spec.jsonColumns?.includes(column) && typeof value !== 'string' ? JSON.stringify(value) : value;
}
