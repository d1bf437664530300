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
  members: Member[];
  restoreIndexes: (() => Promise<void>) | null;
}

interface Member {
  projection: Projection;
  handles: ReadonlySet<string>;
  rebuilder: ProjectionRebuilder | null;
}

/**
 * A full rebuild on PostgreSQL. Projections with a rebuilder get a transaction per set of
 * rebuilders that share what they fold (they run side by side: the server loads one table
 * while this process folds for another; a state table can be copied from the versions table
 * folded with it); the others share one. Every transaction empties its tables first and
 * commits only when all are done, so a reader sees the old rows (waiting on the lock) until it
 * sees all the new ones, never half a rebuild, and a rebuild that fails leaves the read models
 * as they were. The next page of the log is read while the current one is applied.
 */
export async function rebuildInHeldTransactions(
  store: EventStore,
  sql: Sql,
  projections: Projection[],
  onProgress: ((progress: RebuildProgress) => void) | undefined,
  pageSize: number,
): Promise<number> {
  const groups: Group[] = [];
  try {
    for (const members of membersByTransaction(projections)) {
      const held = await holdTransaction(sql);
      const group: Group = { held, members, restoreIndexes: null };
      groups.push(group);
      await held.tx.query('SET LOCAL synchronous_commit = off');
      await held.tx.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      const tables = members.flatMap((member) => member.projection.tables);
      await held.tx.query(`TRUNCATE ${tables.join(', ')}`);
      // Projections without a rebuilder read their rows back as they go: their indexes stay.
      if (members.every((member) => member.rebuilder)) group.restoreIndexes = await dropIndexes(held.tx, tables);
    }
    const total = (await store.countEvents?.()) ?? 0;
    let processed = 0;
    let last: Checkpoint = START;
    const progress = (phase: RebuildProgress['phase']) => onProgress?.({ projection: '*', processed, total: Math.max(total, processed), phase });
    progress('reading');
    let page = await store.readAll({ after: START, maxCount: pageSize });
    while (page.length > 0) {
      last = page[page.length - 1].checkpoint;
      const next = store.readAll({ after: last, maxCount: pageSize });
      await settled(groups.map((group) => applyPage(group, page)));
      processed += page.length;
      progress('reading');
      page = await next;
    }
    progress('writing');
    await settled(groups.map((group) => finish(group, last)));
    progress('committing');
    for (const group of groups.splice(0)) await group.held.commit();
    return processed;
  } finally {
    for (const group of groups) await group.held.rollback().catch(() => undefined);
  }
}

/** Rebuilders that asked for a shared value together, each other projection alone, then those without a rebuilder together. */
function membersByTransaction(projections: Projection[]): Member[][] {
  const shared = new RebuildShared();
  const sets: { keys: Set<string>; members: Member[] }[] = [];
  const others: Member[] = [];
  for (const projection of projections) {
    const handles = new Set(projection.handles);
    if (!projection.rebuilder) {
      others.push({ projection, handles, rebuilder: null });
      continue;
    }
    const { value: rebuilder, keys } = shared.keysAskedBy(() => projection.rebuilder!(shared));
    const joined = sets.filter((set) => [...keys].some((key) => set.keys.has(key)));
    const merged = {
      keys: new Set([...keys, ...joined.flatMap((set) => [...set.keys])]),
      members: [...joined.flatMap((set) => set.members), { projection, handles, rebuilder }],
    };
    sets.splice(0, sets.length, ...sets.filter((set) => !joined.includes(set)), merged);
  }
  return [...sets.map((set) => set.members), ...(others.length ? [others] : [])];
}

async function applyPage(group: Group, page: RecordedEvent[]): Promise<void> {
  for (const { projection, handles, rebuilder } of group.members) {
    const handled = page.filter((event) => handles.has(event.type));
    if (handled.length === 0) continue;
    if (rebuilder) await rebuilder.apply(group.held.tx, handled);
    else await applyHandled(projection, handled, inSavepoint(group.held.tx));
  }
}

/** The rebuilders finish side by side: one may wait for another's rows (see stateRowsRebuilder). */
async function finish(group: Group, last: Checkpoint): Promise<void> {
  await settled(group.members.map(async ({ rebuilder }) => rebuilder?.finish(group.held.tx)));
  for (const { projection } of group.members) await saveCheckpoint(group.held.tx, projection.name, last);
  await group.restoreIndexes?.();
}

/** Like Promise.all, but nothing is left running on a transaction about to be rolled back. */
async function settled(work: Promise<void>[]): Promise<void> {
  const failed = (await Promise.allSettled(work)).find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
}
