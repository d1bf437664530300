import { RecordedEvent } from '../events/recorded-event';
import { Migration } from '../sql/migrations';
import { SqlExecutor } from '../sql/sql';

/**
 * A read model fed from the global log. `apply` runs inside the transaction that also moves
 * the projection's checkpoint, so an event is applied exactly once or not at all.
 */
export interface Projection {
  name: string;
  /** Creates and evolves the read-model tables (component `projection:<name>`). */
  migrations: Migration[];
  /** The tables emptied when the projection is rebuilt from zero. */
  tables: string[];
  /** Event types it reads; the checkpoint still moves past the others. */
  handles: readonly string[];
  apply(tx: SqlExecutor, event: RecordedEvent): Promise<void>;
  /**
   * Optional: the same as applying each event in turn (they are all of handled types, in log
   * order), in fewer statements (read the rows once, write them in multi-row statements).
   * Should it fail, the runner applies the batch event by event to name the event at fault.
   */
  applyBatch?(tx: SqlExecutor, events: RecordedEvent[]): Promise<void>;
  /**
   * Optional: a full rebuild on PostgreSQL fills the tables from zero through this instead of
   * `applyBatch`. Knowing it sees the whole log from the start into empty tables without
   * indexes, it can fold each stream in memory and write every row once, in bulk, with no
   * read and no update. `shared` lets projections that fold the same events fold them once.
   */
  rebuilder?(shared: RebuildShared): ProjectionRebuilder;
}

/** Fills a projection's tables during a full rebuild (copies of them, swapped in at the end). */
export interface ProjectionRebuilder {
  /** The handled events of one page of the log, in log order (pages come in order). */
  apply(tx: SqlExecutor, events: RecordedEvent[]): Promise<void>;
  /** After the last page: writes what was kept in memory. */
  finish(tx: SqlExecutor): Promise<void>;
}

/**
 * What the rebuilders of one rebuild share: one value per key, made by the first that asks.
 * Rebuilders that share a value are rebuilt over one connection (see rebuildIntoShadows).
 */
export class RebuildShared {
  private readonly values = new Map<string, unknown>();
  private asked: Set<string> | null = null;

  once<T>(key: string, create: () => T): T {
    this.asked?.add(key);
    if (!this.values.has(key)) this.values.set(key, create());
    return this.values.get(key) as T;
  }

  /** Runs `create` and tells which keys it asked for. */
  keysAskedBy<T>(create: () => T): { value: T; keys: Set<string> } {
    const keys = new Set<string>();
    this.asked = keys;
    try {
      return { value: create(), keys };
    } finally {
      this.asked = null;
    }
  }
}

/** An event a projection could not apply: the projection stops here until someone acts. */
export class ProjectionFailure extends Error {
  constructor(
    readonly projection: string,
    readonly event: RecordedEvent,
    override readonly cause: unknown,
  ) {
    super(
      `Projection ${projection} failed on ${event.type} ${event.id} (stream ${event.streamId}@${event.revision}, position ${event.globalPosition}): ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
}
