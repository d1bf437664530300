import { SqlExecutor } from '../sql/sql';

/**
 * Writes whole rows into a table: one COPY stream where the executor has one (PostgreSQL),
 * multi-row INSERTs of a few hundred rows elsewhere (PGlite).
 */
export async function insertRows(tx: SqlExecutor, table: string, columns: readonly string[], rows: unknown[][], rowsPerStatement = 500): Promise<void> {
  if (rows.length === 0) return;
  if (tx.copyRows) return tx.copyRows(table, columns, rows);
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    await tx.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ')}`,
      chunk.flat(),
    );
  }
}
