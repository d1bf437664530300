export interface BackoffOptions {
  /** Delay after the first failure. */
  initialMs?: number;
  /** Ceiling of the delay: a long outage is retried at this pace, never given up. */
  maxMs?: number;
  factor?: number;
}

/** Exponential, with full jitter so that many consumers failing together do not retry in step. */
export function backoffDelay(attempt: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const initial = options.initialMs ?? 200;
  const max = options.maxMs ?? 30_000;
  const ceiling = Math.min(max, initial * (options.factor ?? 2) ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
