import { START as LOG_START } from '@eventstore/db-client';
import { compareCheckpoints, START } from '../events/recorded-event';
import { checkpointToPosition, positionToCheckpoint } from './mapping/position';

describe('log position <-> checkpoint', () => {
  it('maps commit to transactionId and prepare to position, and back', () => {
    const checkpoint = positionToCheckpoint({ commit: 4096n, prepare: 4001n });
    expect(checkpoint).toEqual({ transactionId: 4096, position: 4001 });
    expect(checkpointToPosition(checkpoint)).toEqual({ commit: 4096n, prepare: 4001n });
  });

  it('orders checkpoints as the server orders positions: commit first, then prepare', () => {
    const a = positionToCheckpoint({ commit: 100n, prepare: 90n });
    const b = positionToCheckpoint({ commit: 100n, prepare: 95n });
    const c = positionToCheckpoint({ commit: 200n, prepare: 10n });
    expect(compareCheckpoints(a, b)).toBeLessThan(0);
    expect(compareCheckpoints(b, c)).toBeLessThan(0);
  });

  it('reads START as the beginning of the log', () => {
    expect(checkpointToPosition(START)).toBe(LOG_START);
  });

  it('stays exact up to 2^53 - 1 and refuses what a number cannot hold', () => {
    const max = BigInt(Number.MAX_SAFE_INTEGER);
    expect(positionToCheckpoint({ commit: max, prepare: max })).toEqual({ transactionId: Number.MAX_SAFE_INTEGER, position: Number.MAX_SAFE_INTEGER });
    expect(() => positionToCheckpoint({ commit: max + 1n, prepare: 0n })).toThrow(RangeError);
    expect(() => positionToCheckpoint({ commit: -1n, prepare: -1n })).toThrow(RangeError);
  });
});
