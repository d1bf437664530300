import { SqlExecutor } from '../sql/sql';

interface IndexRow {
  table_name: string;
  index_name: string;
  index_definition: string;
  constraint_name: string | null;
  constraint_definition: string | null;
}

/**
 * Drops every index of the tables (primary keys and unique constraints too) and returns what
 * puts them back as they were. Rows loaded into a table without indexes, the indexes then built
 * by one sort each, cost the server a fraction of keeping them up to date row by row.
 */
export async function dropIndexes(tx: SqlExecutor, tables: readonly string[]): Promise<() => Promise<void>> {
  const found = await tx.query<IndexRow>(
    `SELECT t.relname AS table_name, i.relname AS index_name, pg_get_indexdef(i.oid) AS index_definition,
            con.conname AS constraint_name, pg_get_constraintdef(con.oid) AS constraint_definition
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       LEFT JOIN pg_constraint con ON con.conindid = i.oid AND con.conrelid = t.oid AND con.contype IN ('p', 'u')
      WHERE t.relname = ANY($1::text[]) AND t.relnamespace = current_schema()::regnamespace
      ORDER BY t.relname, i.relname`,
    [tables],
  );
  for (const index of found.rows) {
    if (index.constraint_name) await tx.query(`ALTER TABLE ${index.table_name} DROP CONSTRAINT ${index.constraint_name}`);
    else await tx.query(`DROP INDEX ${index.index_name}`);
  }
  return async () => {
    for (const index of found.rows) {
      if (index.constraint_name) await tx.query(`ALTER TABLE ${index.table_name} ADD CONSTRAINT ${index.constraint_name} ${index.constraint_definition}`);
      else await tx.query(index.index_definition);
    }
  };
}
