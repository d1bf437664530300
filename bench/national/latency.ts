import { serverCpuMicros } from '../lib/cpu';
import { WorkerHandle } from '../lib/worker';

export interface Latency {
  p50: number;
  p99: number;
  queries: number;
  perSecond: number;
  /** CPU ms per query in the client processes, and in the PostgreSQL cluster when the bench started it. */
  clientCpuMs: number;
  serverCpuMs: number | null;
}

interface Timed {
  millis: number[];
  seconds: number;
  cpuMicros: number;
}

/** Calls `once(i)` for each index from `clients` concurrent callers in this process; latency in ms, measured in the caller. */
export async function timeCalls(indices: number[], clients: number, once: (i: number) => Promise<unknown>): Promise<{ millis: number[]; seconds: number }> {
  const millis: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let k = next++; k < indices.length; k = next++) {
        const start = process.hrtime.bigint();
        await once(indices[k]);
        millis.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }),
  );
  return { millis, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/**
 * Runs `queries` calls of a workload from `clients` callers spread over client processes (as
 * many processes as needed, up to all of them, with the callers shared out evenly), all started
 * together: the process that measures is not the one whose CPU the queries compete for.
 */
export async function measureAcrossProcesses(workers: WorkerHandle[], workload: number, queries: number, clients: number): Promise<Latency> {
  const used = workers.slice(0, Math.min(workers.length, clients));
  const serverBefore = serverCpuMicros();
  const started = process.hrtime.bigint();
  const results = await Promise.all(
    used.map((worker, w) =>
      worker.call<Timed>('run', {
        workload,
        clients: Math.floor(clients / used.length) + (w < clients % used.length ? 1 : 0),
        indices: Array.from({ length: queries }, (_, i) => i).filter((i) => i % used.length === w),
      }),
    ),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const serverAfter = serverCpuMicros();
  const millis = results.flatMap((result) => result.millis);
  const clientCpu = results.reduce((sum, result) => sum + result.cpuMicros, 0);
  return {
    p50: percentile(millis, 50),
    p99: percentile(millis, 99),
    queries: millis.length,
    perSecond: millis.length / seconds,
    clientCpuMs: clientCpu / 1000 / millis.length,
    serverCpuMs: serverBefore === undefined || serverAfter === undefined ? null : (serverAfter - serverBefore) / 1000 / millis.length,
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
