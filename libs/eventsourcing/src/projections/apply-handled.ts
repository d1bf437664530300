import { RecordedEvent } from '../events/recorded-event';
import { SqlExecutor } from '../sql/sql';
import { Projection, ProjectionFailure } from './projection';

/**
 * Runs `work` so that, should it fail, none of what it wrote stays: in a transaction of its own
 * (the live runner, a full rebuild on PostgreSQL a page at a time).
 */
export type Attempt = (work: (tx: SqlExecutor) => Promise<void>) => Promise<void>;

/**
 * Applies events of the projection's handled types, in log order: the batch at once if the
 * projection can, else (or should that fail) event by event, so that a failure names the event
 * at fault. `alongside` runs in the same attempt after the events (the live runner moves the
 * checkpoint there).
 */
export async function applyHandled(
  projection: Projection,
  handled: RecordedEvent[],
  attempt: Attempt,
  alongside: (tx: SqlExecutor) => Promise<void> = async () => undefined,
): Promise<void> {
  if (projection.applyBatch && handled.length > 1) {
    const applied = await attempt(async (tx) => {
      await projection.applyBatch!(tx, handled);
      await alongside(tx);
    }).then(
      () => true,
      () => false,
    );
    if (applied) return;
  }
  await attempt(async (tx) => {
    for (const event of handled) {
      try {
        await projection.apply(tx, event);
      } catch (error) {
        throw new ProjectionFailure(projection.name, event, error);
      }
    }
    await alongside(tx);
  });
}
