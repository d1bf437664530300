import { Inject, Injectable } from '@nestjs/common';
import { Checkpoint, Sql, waitForCheckpoints } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';

/**
 * Lets the process manager ask a read model only once it includes a given point of the log:
 * "which obligations does the merged agency still have open" must see every obligation
 * opened before the merger, whichever process runs the projection.
 */
@Injectable()
export class ReadModelBarrier {
  constructor(@Inject(READ_MODEL_SQL) private readonly sql: Sql) {}

  async reach(projections: string[], checkpoint: Checkpoint, timeoutMs = 60_000): Promise<void> {
    const outcome = await waitForCheckpoints(this.sql, projections, checkpoint, { deadline: Date.now() + timeoutMs });
    if (outcome.reached) return;
    if (outcome.failed) throw new Error(`Read model ${outcome.failed.projection} has failed (${outcome.failed.error}); it must be repaired first`);
    throw new Error(`Read models ${projections.join(', ')} did not reach position ${checkpoint.position} within ${timeoutMs} ms`);
  }
}
