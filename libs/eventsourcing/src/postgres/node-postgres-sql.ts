import { Pool, PoolConfig, types } from 'pg';
import { Sql, SqlExecutor, SqlResult } from '../sql/sql';

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

  async query<Row>(text: string, params?: unknown[]): Promise<SqlResult<Row>> {
    const result = await this.pool.query(text, params as unknown[]);
    return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const tx: SqlExecutor = {
        async query<Row>(text: string, params?: unknown[]) {
          const result = await client.query(text, params as unknown[]);
          return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
        },
      };
      const value = await work(tx);
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

  async exec(script: string): Promise<void> {
    await this.pool.query(script);
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}
