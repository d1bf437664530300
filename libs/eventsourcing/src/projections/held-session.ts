import { Sql, SqlExecutor } from '../sql/sql';

/** A connection of its own kept across many steps, outside any transaction, until released. */
export interface HeldSession {
  connection: SqlExecutor;
  release(): Promise<void>;
}

export async function holdSession(sql: Sql): Promise<HeldSession> {
  if (!sql.session) throw new Error('This database gives no connection of its own');
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let opened!: (connection: SqlExecutor) => void;
  const open = new Promise<SqlExecutor>((resolve) => (opened = resolve));
  const finished = sql.session(async (connection) => {
    opened(connection);
    await released;
  });
  const connection = await Promise.race([open, finished.then(() => Promise.reject(new Error('The session ended before it was held')))]);
  return {
    connection,
    release: async () => {
      release();
      await finished;
    },
  };
}
