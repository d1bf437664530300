import { PGlite } from '@electric-sql/pglite';
import { Sql, SqlExecutor, SqlResult } from '../sql/sql';

/** PGlite runs PostgreSQL in-process (WASM): one connection, writes serialised. */
export class PGliteSql implements Sql {
  readonly dialect = 'pglite' as const;

  private constructor(
    readonly db: PGlite,
    private readonly owned: boolean,
  ) {}

  /** Opens (or creates) a database in `dataDir`; in memory when omitted. */
  static async open(dataDir?: string, options: { loadDataDir?: Blob } = {}): Promise<PGliteSql> {
    const db = await PGlite.create(dataDir ? `file://${dataDir}` : undefined, { loadDataDir: options.loadDataDir });
    return new PGliteSql(db, true);
  }

  static wrap(db: PGlite): PGliteSql {
    return new PGliteSql(db, false);
  }

  /** PGlite has no statement names to prepare by, so `prepared` is not looked at. */
  async query<Row>(text: string, params?: unknown[]): Promise<SqlResult<Row>> {
    const result = await this.db.query<Row>(text, params);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.db.transaction(async (transaction) =>
      work({
        async query<Row>(text: string, params?: unknown[]) {
          const result = await transaction.query<Row>(text, params);
          return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
        },
      }),
    );
  }

  async exec(script: string): Promise<void> {
    await this.db.exec(script);
  }

  async close(): Promise<void> {
    if (this.owned && !this.db.closed) await this.db.close();
  }
}
