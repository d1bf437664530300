/**
 * The slice of a SQL connection the PostgreSQL-family adapters need. Two drivers implement
 * it (node-postgres and PGlite) so the event store, the projections and the read models
 * run the same SQL on a server and embedded.
 */
export interface SqlResult<Row> {
  rows: Row[];
  rowCount: number;
}

export interface QueryOptions {
  /**
   * The text is one of a fixed set of statements run again and again: a server driver keeps it
   * prepared (parsed and planned once per connection). Dynamic SQL must not set this.
   */
  prepared?: boolean;
}

export interface SqlExecutor {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[], options?: QueryOptions): Promise<SqlResult<Row>>;
  /**
   * Optional: loads rows into a table in one stream (COPY on a server). Values as for query
   * parameters: null, strings, numbers, booleans, Dates, objects (as JSON). `insertRows` uses
   * it where there is one and multi-row INSERTs elsewhere.
   */
  copyRows?(table: string, columns: readonly string[], rows: Iterable<unknown[]>): Promise<void>;
}

export interface Sql extends SqlExecutor {
  /** Runs `work` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Optional (a server): runs `work` on one connection of its own, outside any transaction
   * (each statement commits alone unless `work` says BEGIN); session settings made there are
   * undone before the connection goes back to the pool.
   */
  session?<T>(work: (connection: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs several statements separated by semicolons, without parameters (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
  readonly dialect: 'postgres' | 'pglite';
}

/** PostgreSQL's unique_violation. */
export const UNIQUE_VIOLATION = '23505';

export function sqlErrorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}
