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

/** One event to fold into the versions of `id`, as `recordVersion` takes it. */
export interface VersionChange<S> {
  id: string;
  recordedAt: string;
  evolve: (before: S | null) => S | null;
}

/**
 * `recordVersion` for a batch of events in log order, in three statements: the open versions
 * of every id read at once, the new versions folded in memory, then one UPDATE closing the
 * versions that were open and multi-row INSERTs of the new ones (each closed by the next).
 */
export async function recordVersions<S>(tx: SqlExecutor, spec: RecordedVersionTable<S>, changes: VersionChange<S>[], rowsPerInsert = 500): Promise<void> {
  if (changes.length === 0) return;
  const ids = [...new Set(changes.map((change) => change.id))];
  const current = await tx.query<{ id: string; version: number; recorded_from: Date | string; state: S | string }>(
    `SELECT ${spec.key} AS id, version, recorded_from, state FROM ${spec.table} WHERE ${spec.key} = ANY($1::text[]) AND recorded_to IS NULL`,
    [ids],
  );
  interface Version {
    id: string;
    version: number;
    from: string;
    to: string | null;
    state: S;
    stored: boolean;
  }
  const open = new Map<string, Version>(
    current.rows.map((row) => [
      row.id,
      { id: row.id, version: Number(row.version), from: new Date(row.recorded_from).toISOString(), to: null, state: parseState(row.state), stored: true },
    ]),
  );
  const closedStored: Version[] = [];
  const created: Version[] = [];
  for (const change of changes) {
    const before = open.get(change.id);
    const after = change.evolve(before ? before.state : null);
    if (after === null) continue;
    const from = before && before.from > change.recordedAt ? before.from : change.recordedAt;
    if (before) {
      before.to = from;
      if (before.stored) closedStored.push(before);
    }
    const next: Version = { id: change.id, version: (before?.version ?? 0) + 1, from, to: null, state: after, stored: false };
    created.push(next);
    open.set(change.id, next);
  }
  if (closedStored.length) {
    await tx.query(
      `UPDATE ${spec.table} AS t SET recorded_to = c.recorded_to FROM unnest($1::text[], $2::int[], $3::timestamptz[]) AS c(id, version, recorded_to)
       WHERE t.${spec.key} = c.id AND t.version = c.version`,
      [closedStored.map((v) => v.id), closedStored.map((v) => v.version), closedStored.map((v) => v.to)],
    );
  }
  const columns = [spec.key, 'version', 'recorded_from', 'recorded_to', ...spec.columns, 'state'];
  for (let start = 0; start < created.length; start += rowsPerInsert) {
    const rows = created.slice(start, start + rowsPerInsert);
    await tx.query(
      `INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES ${rows.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ')}`,
      rows.flatMap((v) => [v.id, v.version, v.from, v.to, ...spec.values(v.state), JSON.stringify(v.state)]),
    );
  }
}

/** The condition selecting the versions known at `$n` (a timestamptz parameter). */
export function knownAtSql(parameter: string, alias = ''): string {
  const prefix = alias ? `${alias}.` : '';
  return `${prefix}recorded_from <= ${parameter} AND (${prefix}recorded_to IS NULL OR ${prefix}recorded_to > ${parameter})`;
}

function parseState<S>(value: S | string): S {
  return typeof value === 'string' ? (JSON.parse(value) as S) : value;
}
