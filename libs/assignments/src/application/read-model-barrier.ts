import { Inject, Injectable } from '@nestjs/common';
import { Checkpoint, compareCheckpoints, READ_MODEL_SQL, readCheckpoint, Sql } from '@cpp/eventsourcing';

/**
 * Lets the process manager ask a read model only once it includes a given point of the log:
 * "which obligations does the merged agency still have open" must see every obligation
 * opened before the merger, whichever process runs the projection.
 */
@Injectable()
export class ReadModelBarrier {
  constructor(@Inject(READ_MODEL_SQL) private readonly sql: Sql) {}

  async reach(projections: string[], checkpoint: Checkpoint, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (let delay = 5; ; delay = Math.min(delay * 2, 200)) {
      const statuses = await Promise.all(projections.map((name) => readCheckpoint(this.sql, name)));
      const failed = statuses.find((status) => status.status === 'failed');
      if (failed) throw new Error(`Read model ${failed.projection} has failed (${failed.error}); it must be repaired first`);
      if (statuses.every((status) => compareCheckpoints(status.checkpoint, checkpoint) >= 0)) return;
      if (Date.now() >= deadline) throw new Error(`Read models ${projections.join(', ')} did not reach position ${checkpoint.position} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
