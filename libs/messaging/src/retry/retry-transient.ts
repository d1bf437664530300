import { backoffDelay, BackoffOptions } from './backoff';

/** The work was abandoned because its owner is stopping; it did not complete. */
export class StoppedError extends Error {
  constructor(what: string) {
    super(`${what} stopped before the work completed`);
    this.name = 'StoppedError';
  }
}

export interface RetryOptions {
  backoff?: BackoffOptions;
  /** Aborting ends the retries with a StoppedError: the caller must not treat the work as done. */
  signal: AbortSignal;
  /** Errors that retrying cannot cure; they are thrown at once. */
  isPermanent?: (error: unknown) => boolean;
  /** Runs while waiting (e.g. a consumer-group heartbeat); its errors end the retries. */
  whileWaiting?: () => Promise<void>;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  what?: string;
}

/**
 * Runs `work` until it succeeds, waiting longer after each transient failure. There is no
 * attempt limit on purpose: giving up would mean dropping a message or an event.
 */
export async function retryTransient<T>(work: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    if (options.signal.aborted) throw new StoppedError(options.what ?? 'Retry');
    try {
      return await work();
    } catch (error) {
      if (options.isPermanent?.(error)) throw error;
      const delay = backoffDelay(attempt, options.backoff);
      options.onRetry?.(error, attempt, delay);
      await wait(delay, options);
    }
  }
}

/** Sleeps in slices so that heartbeats keep going and an abort is noticed quickly. */
async function wait(ms: number, options: RetryOptions): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (options.signal.aborted) throw new StoppedError(options.what ?? 'Retry');
    await options.whileWaiting?.();
    await sleep(Math.min(1000, until - Date.now()), options.signal);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
