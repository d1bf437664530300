/** One timed measurement. */
export interface Sample {
  events: number;
  seconds: number;
  /** CPU µs the client process spent in the timed part (for PGlite this includes the database). */
  clientCpuMicros?: number;
  /** CPU µs the PostgreSQL cluster spent meanwhile, when known (filled in by the host). */
  serverCpuMicros?: number;
}

export const rate = (sample: Sample): number => sample.events / sample.seconds;

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function formatNumber(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Spread of the runs around their median, for the details table. */
export function spread(values: number[]): string {
  if (values.length < 2) return '';
  const m = median(values);
  return `±${formatNumber((100 * (Math.max(...values) - Math.min(...values))) / 2 / m)}%`;
}

export function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}
