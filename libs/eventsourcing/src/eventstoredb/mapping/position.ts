import { Position, ReadPosition, START as LOG_START } from '@eventstore/db-client';
import { Checkpoint, START } from '../../events/recorded-event';

/**
 * EventStoreDB orders its log by (commit, prepare) position, as the PostgreSQL adapter orders
 * by (transaction id, position), so the pair maps field to field and `compareCheckpoints`
 * keeps its meaning. Both are byte offsets in the transaction log: as JS numbers they stay
 * exact up to 2^53 bytes (8 PiB) of log, far past any store this platform will run, and
 * checkpoints stay plain JSON like the other adapter's.
 */
export function positionToCheckpoint(position: Position): Checkpoint {
  return { transactionId: toExactNumber(position.commit), position: toExactNumber(position.prepare) };
}

/** START is "before everything", which the server spells as its own start marker. */
export function checkpointToPosition(checkpoint: Checkpoint): ReadPosition {
  if (checkpoint.transactionId === START.transactionId && checkpoint.position === START.position) return LOG_START;
  return { commit: BigInt(checkpoint.transactionId), prepare: BigInt(checkpoint.position) };
}

function toExactNumber(value: bigint): number {
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`Log position ${value} cannot be held exactly as a checkpoint`);
  return Number(value);
}
