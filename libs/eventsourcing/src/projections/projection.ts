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
