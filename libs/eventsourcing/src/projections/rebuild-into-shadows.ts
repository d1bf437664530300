import { Checkpoint, RecordedEvent, START } from '../events/recorded-event';
import { Sql, SqlExecutor } from '../sql/sql';
import { EventStore } from '../store/event-store';
import { saveCheckpoint } from './checkpoints';
import { Attempt, applyHandled } from './apply-handled';
import { HeldSession, holdSession } from './held-session';
import { Projection, ProjectionRebuilder, RebuildShared } from './projection';
import type { RebuildProgress } from './projection-runner';
import { createShadowTables, ShadowTables } from './shadow-tables';

/** The projections written over one connection, and how each takes a page. */
interface Group {
  session: HeldSession;
  members: Member[];
}

interface Member {
  projection: Projection;
  handles: ReadonlySet<string>;
  rebuilder: ProjectionRebuilder | null;
}

/**
 * A COPY is one statement, so one transaction: rows go a slice at a time, each committed on its
 * own, so that no write of the rebuild stays open long (see rebuildIntoShadows).
 */
const ROWS_PER_COPY = 20000;

/**
 * A full rebuild on PostgreSQL, into empty copies of the read models (see createShadowTables)
 * swapped in at the end by one short transaction that also moves the checkpoints: a reader
 * sees the old rows until it sees all the new ones, never half a rebuild, and a rebuild that
 * fails drops its copies and changes nothing.
 *
 * No transaction is held while the log is read: the store's readers see an event only once
 * every transaction older than it has ended, so a transaction held for the minutes of a rebuild
 * would hide every new event from every subscription of the cluster for those minutes. The
 * copies are written in statements that commit alone (COPY a slice at a time), and a projection
 * without a rebuilder applies each page in a transaction of its own.
 *
 * Projections with a rebuilder get a connection per set of rebuilders that share what they fold
 * (they run side by side: the server loads and indexes one table while this process folds for
 * another); the others share one. The next page of the log is read while the current one is applied.
 */
export async function rebuildIntoShadows(
  store: EventStore,
  sql: Sql,
  projections: Projection[],
  onProgress: ((progress: RebuildProgress) => void) | undefined,
  pageSize: number,
): Promise<number> {
  const membersByConnection = groupMembers(projections);
  const shadows = await createShadowTables(
    sql,
    projections.flatMap((projection) => projection.tables),
    projections.filter((projection) => !projection.rebuilder).flatMap((projection) => projection.tables),
  );
  const groups: Group[] = [];
  let swapped = false;
  try {
    for (const members of membersByConnection) {
      const session = await holdSession(sql);
      groups.push({ session, members });
      await session.connection.query(`SET search_path TO ${shadows.schema}, ${shadows.live}`);
      await session.connection.query('SET synchronous_commit = off');
      await session.connection.query(`SET maintenance_work_mem = '256MB'`);
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
    await settled(groups.map((group) => finish(group, shadows)));
    progress('committing');
    await sql.transaction(async (tx) => {
      await shadows.swap(tx);
      for (const projection of projections) await saveCheckpoint(tx, projection.name, last);
    });
    swapped = true;
    return processed;
  } finally {
    for (const group of groups) await group.session.release().catch(() => undefined);
    if (!swapped) await shadows.drop().catch(() => undefined);
  }
}

/** Rebuilders that asked for a shared value together, each other projection alone, then those without a rebuilder together. */
function groupMembers(projections: Projection[]): Member[][] {
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
  const connection = slicedCopies(group.session.connection);
  for (const { projection, handles, rebuilder } of group.members) {
    const handled = page.filter((event) => handles.has(event.type));
    if (handled.length === 0) continue;
    if (rebuilder) await rebuilder.apply(connection, handled);
    else await applyHandled(projection, handled, inTransaction(connection));
  }
}

/** The rebuilders finish side by side: one may wait for another's rows (see stateRowsRebuilder); then the copies get their indexes. */
async function finish(group: Group, shadows: ShadowTables): Promise<void> {
  const connection = slicedCopies(group.session.connection);
  const rebuilt = group.members.filter((member) => member.rebuilder);
  await settled(rebuilt.map(async ({ rebuilder }) => rebuilder!.finish(connection)));
  await shadows.buildIndexes(
    connection,
    rebuilt.flatMap((member) => member.projection.tables),
  );
}

/** An attempt in a transaction of its own on the held connection. */
function inTransaction(connection: SqlExecutor): Attempt {
  return async (work) => {
    await connection.query('BEGIN');
    try {
      await work(connection);
    } catch (error) {
      await connection.query('ROLLBACK');
      throw error;
    }
    await connection.query('COMMIT');
  };
}

function slicedCopies(connection: SqlExecutor): SqlExecutor {
  const copy = connection.copyRows;
  if (!copy) return connection;
  return {
    query: (text, params, options) => connection.query(text, params, options),
    async copyRows(table, columns, rows) {
      let slice: unknown[][] = [];
      for (const row of rows) {
        slice.push(row);
        if (slice.length === ROWS_PER_COPY) {
          await copy(table, columns, slice);
          slice = [];
        }
      }
      if (slice.length > 0) await copy(table, columns, slice);
    },
  };
}

/** Like Promise.all, but nothing is left running on a connection about to be released. */
async function settled(work: Promise<void>[]): Promise<void> {
  const failed = (await Promise.allSettled(work)).find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
}
