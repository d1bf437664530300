import { Sql, SqlExecutor } from '../sql/sql';

/** A transaction kept open across many steps, committed or rolled back when the caller says. */
export interface HeldTransaction {
  tx: SqlExecutor;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

const ROLLBACK = Symbol('rollback');

export async function holdTransaction(sql: Sql): Promise<HeldTransaction> {
  let end!: (outcome: 'commit' | typeof ROLLBACK) => void;
  const ended = new Promise<'commit' | typeof ROLLBACK>((resolve) => (end = resolve));
  let opened!: (tx: SqlExecutor) => void;
  const open = new Promise<SqlExecutor>((resolve) => (opened = resolve));
  const finished = sql.transaction(async (tx) => {
    opened(tx);
    if ((await ended) === ROLLBACK) throw ROLLBACK;
  });
  const tx = await Promise.race([open, finished.then(() => Promise.reject(new Error('The transaction ended before it was held')))]);
  return {
    tx,
    commit: async () => {
      end('commit');
      await finished;
    },
    rollback: async () => {
      end(ROLLBACK);
      await finished.catch((error) => {
        if (error !== ROLLBACK) throw error;
      });
    },
  };
}
