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

  constructor(private readonly change: (event: RecordedEvent) => VersionChange<S>) {}

  /** Closed versions are kept until taken; without a versions table they are let go. */
  keepClosedVersions(): void {
    this.keepClosed = true;
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
