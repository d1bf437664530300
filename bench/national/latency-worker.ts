// A client process of the national bench's latency figures: its own Node process and its own
// connection pool, asking the read workloads (read-workloads.ts) from a few concurrent callers.
import { NodePostgresSql } from '@cpp/eventsourcing/postgres';
import { clientCpuMicros } from '../lib/cpu';
import { WorkerOperations } from '../lib/worker';
import { timeCalls } from './latency';
import { ReadInputs, readWorkloads } from './read-workloads';

export interface LatencyWorkerOptions {
  url: string;
  connections: number;
  inputs: ReadInputs;
}

export function createWorker(options: LatencyWorkerOptions): WorkerOperations {
  const sql = new NodePostgresSql({ connectionString: options.url, max: options.connections, idleTimeoutMillis: 0, application_name: 'bench-client' });
  const workloads = readWorkloads(sql, options.inputs);
  return {
    run: async ({ workload, clients, indices }: { workload: number; clients: number; indices: number[] }) => {
      const cpuBefore = clientCpuMicros();
      const timed = await timeCalls(indices, clients, workloads[workload].once);
      return { ...timed, cpuMicros: clientCpuMicros() - cpuBefore };
    },
    close: () => sql.close(),
  };
}
