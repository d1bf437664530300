import { SqlExecutor } from '../sql/sql';

/**
 * A read model that keeps every version of a row with the recorded interval it was the
 * platform's knowledge: from the `recordedAt` of the event that produced it up to the
 * `recordedAt` of the next one (open-ended while it is current). "What did we know at
 * instant X" is then `recorded_from <= X AND (recorded_to IS NULL OR recorded_to > X)`,
 * one indexed read instead of a replay of the log.
 *
 * The table must have `<key> text`, `version integer`, `recorded_from timestamptz`,
 * `recorded_to timestamptz`, `state jsonb`, and the listed columns; primary key (key, version).
 */
export interface RecordedVersionTable<S> {
  table: string;
  key: string;
  /** Columns stored beside the state, for queries to filter on. */
  columns: readonly string[];
  values(state: S): unknown[];
}

/**
 * Folds one event into the current version of `id` and records the result as a new version
 * from `recordedAt`. Events of one stream are recorded in order, so intervals follow one
 * another; should a clock ever step back, the new version starts where the previous one did
 * rather than before it, so intervals never overlap.
 */
export async function recordVersion<S>(
  tx: SqlExecutor,
  spec: RecordedVersionTable<S>,
  id: string,
  recordedAt: string,
  evolve: (before: S | null) => S | null,
): Promise<void> {
  const current = await tx.query<{ version: number; recorded_from: Date | string; state: S | string }>(
    `SELECT version, recorded_from, state FROM ${spec.table} WHERE ${spec.key} = $1 AND recorded_to IS NULL`,
    [id],
  );
  const open = current.rows[0];
  const after = evolve(open ? parseState(open.state) : null);
  if (after === null) return;
  const openFrom = open ? new Date(open.recorded_from).toISOString() : null;
  const from = openFrom && openFrom > recordedAt ? openFrom : recordedAt;
  if (open) await tx.query(`UPDATE ${spec.table} SET recorded_to = $3 WHERE ${spec.key} = $1 AND version = $2`, [id, open.version, from]);
  const columns = [spec.key, 'version', 'recorded_from', 'recorded_to', ...spec.columns, 'state'];
  await tx.query(`INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, [
    id,
    (open?.version ?? 0) + 1,
    from,
    null,
    ...spec.values(after),
    JSON.stringify(after),
  ]);
}

/** The condition selecting the versions known at `$n` (a timestamptz parameter). */
export function knownAtSql(parameter: string, alias = ''): string {
  const prefix = alias ? `${alias}.` : '';
  return `${prefix}recorded_from <= ${parameter} AND (${prefix}recorded_to IS NULL OR ${prefix}recorded_to > ${parameter})`;
}

function parseState<S>(value: S | string): S {
  return typeof value === 'string' ? (JSON.parse(value) as S) : value;
}
