import { Checkpoint, compareCheckpoints, RecordedEvent, START } from '../events/recorded-event';
import { VersionChange } from './recorded-versions';

/** One version of a row as a full rebuild folds it (see RecordedVersionTable). */
export interface FoldedVersion<S> {
  id: string;
  version: number;
  from: string;
  to: string | null;
  state: S;
}

interface OpenVersionsTable {
  table: string;
  columns: readonly string[];
  written: Promise<void>;
  settle: (error?: unknown) => void;
}

/**
 * Folds the whole log in memory during a full rebuild, as `recordVersions` folds a batch: the
 * open version of every id, and (for a versions table) each version as the next one closes it.
 * The rebuilders of a state table and of its versions table share one fold, fed the same pages:
 * a page is folded once, by whichever is fed it first.
 */
export class VersionFold<S> {
  private readonly open = new Map<string, FoldedVersion<S>>();
  private closed: FoldedVersion<S>[] = [];
  private keepClosed = false;
  private folded: Checkpoint = START;
  private versions: OpenVersionsTable | null = null;

  constructor(private readonly change: (event: RecordedEvent) => VersionChange<S>) {}

  /**
   * Closed versions are kept until taken; without a versions table they are let go. The
   * rebuilder of `table` says when the open versions are written too (`openVersionsWritten`).
   */
  keepClosedVersions(table: string, columns: readonly string[]): void {
    this.keepClosed = true;
    let settle!: (error?: unknown) => void;
    const written = new Promise<void>((resolve, reject) => (settle = (error) => (error === undefined ? resolve() : reject(error))));
    // Nobody may wait for it (a rebuild of the versions table alone): its failure is reported by the rebuilder.
    written.catch(() => undefined);
    this.versions = { table, columns, written, settle };
  }

  /** The versions table's rebuilder has written the open versions (or failed to: `error`). */
  openVersionsWritten(error?: unknown): void {
    this.versions?.settle(error);
  }

  /**
   * The versions table rebuilt beside this fold, in the same rebuild, if there is one: once
   * `written` resolves, its open versions are the fold's current states, already serialised there.
   */
  versionsTable(): Omit<OpenVersionsTable, 'settle'> | null {
    return this.versions;
  }

  feed(events: RecordedEvent[]): void {
    for (const event of events) {
      if (compareCheckpoints(event.checkpoint, this.folded) <= 0) continue;
      this.folded = event.checkpoint;
      const change = this.change(event);
      const before = this.open.get(change.id);
      const after = change.evolve(before ? before.state : null);
      if (after === null) continue;
      const from = before && before.from > change.recordedAt ? before.from : change.recordedAt;
      if (before) {
        before.to = from;
        if (this.keepClosed) this.closed.push(before);
      }
      this.open.set(change.id, { id: change.id, version: (before?.version ?? 0) + 1, from, to: null, state: after });
    }
  }

  /** The versions closed since the last call. */
  takeClosed(): FoldedVersion<S>[] {
    const closed = this.closed;
    this.closed = [];
    return closed;
  }

  /** The open version of every id: its state as the log leaves it. */
  current(): FoldedVersion<S>[] {
    return [...this.open.values()];
  }
}
