import { backoffDelay } from './backoff';
import { retryTransient, StoppedError } from './retry-transient';

describe('retrying transient failures', () => {
  it('grows the delay exponentially up to the ceiling, jittered within its upper half', () => {
    const low = () => 0;
    const high = () => 1;
    expect([1, 2, 3, 4, 10].map((attempt) => backoffDelay(attempt, { initialMs: 100, maxMs: 1000 }, high))).toEqual([100, 200, 400, 800, 1000]);
    expect([1, 2, 10].map((attempt) => backoffDelay(attempt, { initialMs: 100, maxMs: 1000 }, low))).toEqual([50, 100, 500]);
  });

  it('keeps trying until the work succeeds, heartbeating while it waits', async () => {
    let calls = 0;
    let heartbeats = 0;
    const result = await retryTransient(
      async () => {
        if (++calls < 4) throw new Error('ECONNRESET');
        return 'done';
      },
      { signal: new AbortController().signal, backoff: { initialMs: 1, maxMs: 2 }, whileWaiting: async () => void heartbeats++ },
    );
    expect(result).toBe('done');
    expect(calls).toBe(4);
    expect(heartbeats).toBeGreaterThanOrEqual(3);
  });

  it('throws a permanent error at once, and a StoppedError when aborted', async () => {
    const permanent = new Error('refused');
    await expect(retryTransient(() => Promise.reject(permanent), { signal: new AbortController().signal, isPermanent: (e) => e === permanent })).rejects.toBe(
      permanent,
    );
    const stopping = new AbortController();
    const retrying = retryTransient(() => Promise.reject(new Error('down')), { signal: stopping.signal, backoff: { initialMs: 60_000 } });
    setTimeout(() => stopping.abort(), 20);
    await expect(retrying).rejects.toBeInstanceOf(StoppedError);
  });
});
