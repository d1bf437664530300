import { SqlExecutor } from '@cpp/eventsourcing';

/**
 * Starts a new version of an entity on `effectiveFrom`: the open version is closed that day
 * and a copy with the changes opens. Two changes on the same day fold into one version.
 */
export async function changeVersion(
  tx: SqlExecutor,
  table: 'org_unit_versions' | 'org_agency_versions',
  idColumn: 'unit_id' | 'agency_id',
  id: string,
  effectiveFrom: string,
  changes: Record<string, unknown>,
): Promise<void> {
  const current = await tx.query<Record<string, unknown>>(
    `SELECT *, valid_from::text AS valid_from_text FROM ${table} WHERE ${idColumn} = $1 AND valid_to IS NULL`,
    [id],
  );
  if (current.rows.length === 0) throw new Error(`${table}: no open version of ${id} to change`);
  const { valid_from_text: openedOn, ...open } = current.rows[0];
  const columns = Object.keys(changes);
  if (openedOn === effectiveFrom) {
    const sets = columns.map((column, i) => `${column} = $${i + 3}`).join(', ');
    await tx.query(`UPDATE ${table} SET ${sets} WHERE ${idColumn} = $1 AND valid_from = $2`, [id, effectiveFrom, ...columns.map((c) => changes[c])]);
    return;
  }
  await tx.query(`UPDATE ${table} SET valid_to = $2 WHERE ${idColumn} = $1 AND valid_to IS NULL`, [id, effectiveFrom]);
  const next: Record<string, unknown> = { ...open, ...changes, valid_from: effectiveFrom, valid_to: null };
  const names = Object.keys(next);
  const values = names.map((name) => (isJsonColumn(name) && typeof next[name] !== 'string' ? JSON.stringify(next[name]) : next[name]));
  await tx.query(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`, values);
}

function isJsonColumn(name: string): boolean {
  return name === 'functions' || name === 'predecessor_agency_ids';
}
