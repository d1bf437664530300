import { createHash } from 'node:crypto';
import { Pool, PoolClient, PoolConfig, QueryConfig, types } from 'pg';
import { QueryOptions, Sql, SqlExecutor, SqlResult } from '../sql/sql';
import { copyRows } from './copy-rows';

const INT8_OID = 20;
/** int8 as number in one place (see RecordedEvent for why numbers are safe here). */
const typeOverrides = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return (value: string) => Number(value);
    return types.getTypeParser(oid, format);
  },
};

export class NodePostgresSql implements Sql {
  readonly dialect = 'postgres' as const;
  private readonly pool: Pool;

  constructor(config: string | PoolConfig) {
    const base: PoolConfig = typeof config === 'string' ? { connectionString: config } : config;
    this.pool = new Pool({ max: 10, ...base, types: typeOverrides });
    // An idle client losing its server must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  async query<Row>(text: string, params?: unknown[], options?: QueryOptions): Promise<SqlResult<Row>> {
    const result = await this.pool.query(queryConfig(text, params, options));
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const value = await work(executorOn(client));
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async session<T>(work: (connection: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      return await work(executorOn(client));
    } finally {
      // A session left in a transaction or with its own settings is not given to anyone else.
      await client.query('ROLLBACK; RESET ALL').catch(() => {
        broken = true;
      });
      client.release(broken);
    }
  }

  async exec(script: string): Promise<void> {
    await this.pool.query(script);
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

function executorOn(client: PoolClient): SqlExecutor {
  return {
    async query<Row>(text: string, params?: unknown[], options?: QueryOptions) {
      const result = await client.query(queryConfig(text, params, options));
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    },
    copyRows: (table, columns, rows) => copyRows(client, table, columns, rows),
  };
}

/**
 * Named statements are prepared once per connection. Unnamed, PostgreSQL parses and plans the
 * store's append again on every call, which the benchmark measured at more than half of its
 * server time for a one-event append.
 */
function queryConfig(text: string, params: unknown[] | undefined, options: QueryOptions | undefined): QueryConfig {
  const config: QueryConfig = { text, values: params };
  if (options?.prepared) config.name = `s_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  return config;
}
