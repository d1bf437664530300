import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { Client } from 'pg';
import { NodePostgresSql } from '../postgres/node-postgres-sql';
import { PGliteSql } from '../pglite/pglite-sql';
import { Sql } from '../sql/sql';

export interface TestDatabase {
  sql: Sql;
  url?: string;
  drop(): Promise<void>;
}

/** A fresh database on the test cluster (TEST_DATABASE_URL, set by the global setup). */
export async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set: run the tests with `npm test`');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client(adminUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  const sql = new NodePostgresSql({ connectionString: url, max: 20 });
  return {
    sql,
    url,
    async drop() {
      await sql.close();
      const cleanup = new Client(adminUrl);
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** A fresh in-memory PGlite, loaded from the run's template when there is one. */
export async function createPGliteTestDatabase(): Promise<TestDatabase> {
  const template = process.env.PGLITE_TEMPLATE;
  const sql =
    template && fs.existsSync(template) ? await PGliteSql.open(undefined, { loadDataDir: new Blob([fs.readFileSync(template)]) }) : await PGliteSql.open();
  return { sql, drop: () => sql.close() };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
