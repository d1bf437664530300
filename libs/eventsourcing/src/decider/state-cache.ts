/**
 * Folded states of streams a writer keeps between commands, so that a busy writer (ingest)
 * need not read a stream it wrote a moment ago. It stays correct with other writers because
 * handleCommand appends at the cached revision: if anyone else wrote meanwhile, the append
 * fails with WrongExpectedRevision and the stream is read afresh. Keyed by the decider too,
 * as two deciders may fold the same stream into different states.
 */
export interface StateCache {
  get(decider: object, streamId: string): CachedState | undefined;
  set(decider: object, streamId: string, entry: CachedState): void;
  delete(decider: object, streamId: string): void;
}

export interface CachedState {
  state: unknown;
  revision: number;
}

/** The streams written last, up to `capacity` (least recently used ones leave first). */
export class LruStateCache implements StateCache {
  private readonly byDecider = new WeakMap<object, number>();
  private nextDeciderId = 0;
  private readonly entries = new Map<string, CachedState>();

  constructor(private readonly capacity = 10_000) {}

  get(decider: object, streamId: string): CachedState | undefined {
    const key = this.key(decider, streamId);
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(decider: object, streamId: string, entry: CachedState): void {
    const key = this.key(decider, streamId);
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(decider: object, streamId: string): void {
    this.entries.delete(this.key(decider, streamId));
  }

  private key(decider: object, streamId: string): string {
    let id = this.byDecider.get(decider);
    if (id === undefined) this.byDecider.set(decider, (id = this.nextDeciderId++));
    return `${id}\u0000${streamId}`;
  }
}
