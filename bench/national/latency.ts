export interface Latency {
  p50: number;
  p99: number;
  queries: number;
  perSecond: number;
}

/** Runs `queries` calls of `once` from `clients` concurrent callers; latency in ms, measured in the caller. */
export async function measureLatency(queries: number, clients: number, once: (i: number) => Promise<unknown>): Promise<Latency> {
  const millis: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < queries; i = next++) {
        const start = process.hrtime.bigint();
        await once(i);
        millis.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { p50: percentile(millis, 50), p99: percentile(millis, 99), queries: millis.length, perSecond: millis.length / seconds };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
