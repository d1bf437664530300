import { Sql } from './sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Applies a component's migrations in version order, each once, under an advisory lock so
 * that several platform instances starting together do not race.
 */
export async function migrate(sql: Sql, component: string, migrations: Migration[]): Promise<number[]> {
  await sql.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    component text NOT NULL,
    version integer NOT NULL,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (component, version))`);
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`migrate:${component}`]);
    const done = await tx.query<{ version: number }>('SELECT version FROM schema_migrations WHERE component = $1', [component]);
    const applied = new Set(done.rows.map((row) => Number(row.version)));
    const ran: number[] = [];
    for (const migration of ordered) {
      if (applied.has(migration.version)) continue;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (component, version, name) VALUES ($1, $2, $3)', [component, migration.version, migration.name]);
      ran.push(migration.version);
    }
    return ran;
  });
}

/** Migrations are plain DDL without functions bodies, so splitting on `;` at line end is enough. */
function splitStatements(script: string): string[] {
  return script
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
