import { Checkpoint, RecordedEvent, START } from '../events/recorded-event';
import { Sql } from '../sql/sql';
import { EventStore } from '../store/event-store';
import { saveCheckpoint } from './checkpoints';
import { HeldTransaction, holdTransaction } from './held-transaction';
import { applyHandled, inSavepoint } from './apply-handled';
import { Projection, ProjectionRebuilder, RebuildShared } from './projection';
import type { RebuildProgress } from './projection-runner';
import { dropIndexes } from './table-indexes';

/** The projections written through one held transaction, and how each takes a page. */
interface Group {
  held: HeldTransaction;
  members: { projection: Projection; rebuilder: ProjectionRebuilder | null }[];
  restoreIndexes: (() => Promise<void>) | null;
}

/**
 * A full rebuild on PostgreSQL. Each projection with a rebuilder gets a transaction of its own
 * (they run side by side: the server loads one table while this process folds for another);
 * the others share one. Every transaction empties its tables first and commits only when all
 * are done, so a reader sees the old rows (waiting on the lock) until it sees all the new ones,
 * never half a rebuild, and a rebuild that fails leaves the read models as they were.
 * The next page of the log is read while the current one is applied.
 */
export async function rebuildInHeldTransactions(
  store: EventStore,
  sql: Sql,
  projections: Projection[],
  onProgress: ((progress: RebuildProgress) => void) | undefined,
  pageSize: number,
): Promise<number> {
  const shared = new RebuildShared();
  const withRebuilder = projections.filter((projection) => projection.rebuilder);
  const others = projections.filter((projection) => !projection.rebuilder);
  const groups: Group[] = [];
  try {
    for (const members of [...withRebuilder.map((projection) => [projection]), ...(others.length ? [others] : [])]) {
      const held = await holdTransaction(sql);
      const group: Group = {
        held,
        members: members.map((projection) => ({ projection, rebuilder: projection.rebuilder?.(shared) ?? null })),
        restoreIndexes: null,
      };
      groups.push(group);
      await held.tx.query('SET LOCAL synchronous_commit = off');
      await held.tx.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      const tables = members.flatMap((projection) => projection.tables);
      await held.tx.query(`TRUNCATE ${tables.join(', ')}`);
      // Projections without a rebuilder read their rows back as they go: their indexes stay.
      if (members.every((projection) => projection.rebuilder)) group.restoreIndexes = await dropIndexes(held.tx, tables);
    }
    const total = (await store.countEvents?.()) ?? 0;
    let processed = 0;
    let last: Checkpoint = START;
    onProgress?.({ projection: '*', processed, total });
    let page = await store.readAll({ after: START, maxCount: pageSize });
    while (page.length > 0) {
      last = page[page.length - 1].checkpoint;
      const next = store.readAll({ after: last, maxCount: pageSize });
      await settled(groups.map((group) => applyPage(group, page)));
      processed += page.length;
      onProgress?.({ projection: '*', processed, total: Math.max(total, processed) });
      page = await next;
    }
    await settled(groups.map((group) => finish(group, last)));
    for (const group of groups.splice(0)) await group.held.commit();
    return processed;
  } finally {
    for (const group of groups) await group.held.rollback().catch(() => undefined);
  }
}

async function applyPage(group: Group, page: RecordedEvent[]): Promise<void> {
  for (const { projection, rebuilder } of group.members) {
    const handled = page.filter((event) => projection.handles.includes(event.type));
    if (handled.length === 0) continue;
    if (rebuilder) await rebuilder.apply(group.held.tx, handled);
    else await applyHandled(projection, handled, inSavepoint(group.held.tx));
  }
}

async function finish(group: Group, last: Checkpoint): Promise<void> {
  for (const { projection, rebuilder } of group.members) {
    await rebuilder?.finish(group.held.tx);
    await saveCheckpoint(group.held.tx, projection.name, last);
  }
  await group.restoreIndexes?.();
}

/** Like Promise.all, but nothing is left running on a transaction about to be rolled back. */
async function settled(work: Promise<void>[]): Promise<void> {
  const failed = (await Promise.allSettled(work)).find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
}
