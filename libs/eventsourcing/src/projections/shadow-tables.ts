import { randomBytes } from 'node:crypto';
import { Sql, SqlExecutor } from '../sql/sql';

interface IndexRow {
  table_name: string;
  qualified_name: string;
  index_definition: string;
  constraint_name: string | null;
  constraint_definition: string | null;
}

/**
 * Empty copies of read-model tables, in a schema of their own, under the same table names: a
 * connection whose search_path puts that schema first writes the copies with the projections'
 * own SQL. The copies are filled without indexes; the indexes are then built by one sort each,
 * under the names the migrations gave them, so that once swapped in nothing tells them apart.
 */
export interface ShadowTables {
  /** The schema holding the copies; `live` the one holding the read models. */
  schema: string;
  live: string;
  /** Builds the indexes (primary keys and unique constraints too) of these copies. */
  buildIndexes(connection: SqlExecutor, tables: readonly string[]): Promise<void>;
  /** In the caller's transaction: drops the read models and puts the copies in their place. */
  swap(tx: SqlExecutor): Promise<void>;
  /** Drops the copies (a rebuild that failed). */
  drop(): Promise<void>;
}

/**
 * Makes the copies in one short transaction. `indexedNow` are tables whose projections read
 * their rows back while they are filled (no rebuilder): their copies get their indexes at once.
 */
export async function createShadowTables(sql: Sql, tables: readonly string[], indexedNow: readonly string[]): Promise<ShadowTables> {
  const schema = `projection_rebuild_${randomBytes(6).toString('hex')}`;
  const { live, indexes } = await sql.transaction(async (tx) => {
    const live = (await tx.query<{ schema: string }>('SELECT current_schema() AS schema')).rows[0].schema;
    const found = await tx.query<IndexRow>(
      `SELECT t.relname AS table_name, format('%I.%I', n.nspname, t.relname) AS qualified_name,
              pg_get_indexdef(i.oid) AS index_definition,
              con.conname AS constraint_name, pg_get_constraintdef(con.oid) AS constraint_definition
         FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         LEFT JOIN pg_constraint con ON con.conindid = i.oid AND con.conrelid = t.oid AND con.contype IN ('p', 'u')
        WHERE t.relname = ANY($1::text[]) AND n.nspname = $2
        ORDER BY t.relname, i.relname`,
      [tables, live],
    );
    await tx.query(`CREATE SCHEMA ${schema}`);
    for (const table of tables) {
      await tx.query(
        `CREATE TABLE ${schema}.${table} (LIKE ${live}.${table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS)`,
      );
    }
    return { live, indexes: found.rows };
  });
  const build = async (connection: SqlExecutor, only: readonly string[]) => {
    for (const index of indexes.filter((row) => only.includes(row.table_name))) {
      if (index.constraint_name) {
        await connection.query(`ALTER TABLE ${schema}.${index.table_name} ADD CONSTRAINT ${index.constraint_name} ${index.constraint_definition}`);
      } else {
        const on = ` ON ${index.qualified_name} USING `;
        if (!index.index_definition.includes(on)) throw new Error(`Cannot read the definition of index on ${index.table_name}: ${index.index_definition}`);
        await connection.query(index.index_definition.replace(on, ` ON ${schema}.${index.table_name} USING `));
      }
    }
  };
  const drop = () => sql.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).then(() => undefined);
  try {
    await build(sql, indexedNow);
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    schema,
    live,
    buildIndexes: build,
    async swap(tx) {
      await tx.query(`DROP TABLE ${tables.map((table) => `${live}.${table}`).join(', ')}`);
      for (const table of tables) await tx.query(`ALTER TABLE ${schema}.${table} SET SCHEMA ${live}`);
      await tx.query(`DROP SCHEMA ${schema}`);
    },
    drop,
  };
}
