import { Checkpoint, compareCheckpoints, START } from '../events/recorded-event';
import { SqlExecutor } from '../sql/sql';
import { checkpointsMoved, listCheckpoints, ProjectionStatus } from './checkpoints';

export interface WaitForCheckpointsOptions {
  /** Epoch milliseconds after which the wait gives up. */
  deadline: number;
  /** The longest pause between two looks; the first is 5 ms, doubling up to this. */
  maxDelayMs?: number;
  /**
   * A failed consumer counts as passed (a mutation's receipt must not hang on a broken read
   * model: `/health` shows it). Otherwise the wait answers at once with the failed one.
   */
  ignoreFailed?: boolean;
}

export type WaitOutcome = { reached: true } | { reached: false; failed: ProjectionStatus | null };

/**
 * Polls the saved checkpoints, with a growing pause cut short when a checkpoint of this
 * process moves, until every named consumer (projection or
 * reactor) has passed `checkpoint`. A failed consumer will never get there: see `ignoreFailed`.
 */
export async function waitForCheckpoints(
  sql: SqlExecutor,
  names: readonly string[],
  checkpoint: Checkpoint,
  options: WaitForCheckpointsOptions,
): Promise<WaitOutcome> {
  const maxDelay = options.maxDelayMs ?? 200;
  for (let delay = 5; ; delay = Math.min(delay * 2, maxDelay)) {
    const saved = new Map((await listCheckpoints(sql)).map((status) => [status.projection, status]));
    const statuses = names.map((name) => saved.get(name));
    const failed = statuses.find((status) => status?.status === 'failed');
    if (failed && !options.ignoreFailed) return { reached: false, failed };
    // A consumer that has saved nothing stands at the start: on an empty log it has passed.
    const passed = (status: ProjectionStatus | undefined) => status?.status === 'failed' || compareCheckpoints(status?.checkpoint ?? START, checkpoint) >= 0;
    if (statuses.every(passed)) return { reached: true };
    if (Date.now() >= options.deadline) return { reached: false, failed: null };
    await nextLook(delay);
  }
}

function nextLook(delay: number): Promise<void> {
  return new Promise((resolve) => {
    const look = () => {
      clearTimeout(timer);
      checkpointsMoved.off('moved', look);
      resolve();
    };
    const timer = setTimeout(look, delay);
    checkpointsMoved.on('moved', look);
  });
}
