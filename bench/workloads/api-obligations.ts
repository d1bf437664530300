/**
 * What the API adds to a read: the obligations query as the steering committee sends it
 * (GraphQL over HTTP, a bearer token, the AuthGuard judging it against access's chart and
 * grants), beside the same read-model call made in-process, on the platform as `npm start`
 * runs it with the demo data. The national bench measures the read model alone; this is the
 * rest of the path.
 *
 * The two workloads run interleaved, round by round (the order turning each run), so that a
 * change in the machine's load falls on both alike; figures are medians over the runs. The HTTP
 * client runs in a process of its own (api-client-worker.ts), so the platform process's CPU per
 * request is the server's alone; the client's and the cluster's are beside it.
 *
 * In `npm run bench` it is the group `api`.
 */
import * as os from 'node:os';
import { DevelopmentTokens } from '@cpp/access';
import { FixedClock, Sql } from '@cpp/eventsourcing';
import { NodePostgresSql } from '@cpp/eventsourcing/postgres';
import { RunningPlatform, startPlatform } from '../../apps/platform/src/platform';
import { AssignmentsReadModel } from '../../libs/assignments/src/projections/assignments.read-model';
import { clientCpuMicros, serverCpuMicros } from '../lib/cpu';
import { demoPlatformConfig } from '../lib/demo-platform-config';
import { BenchContext, BenchGroup, BenchSection } from '../lib/group';
import { table } from '../lib/markdown';
import { dropDatabase, freshDatabase } from '../lib/postgres-admin';
import { formatNumber, median } from '../lib/stats';
import { WorkerHandle } from '../lib/worker';
import { ApiClientOptions } from './api-client-worker';
import { measure, percentile, random } from './obligations-query';

const DATABASE = 'bench_api_obligations';
const REQUESTS = 2_000;
const CLIENTS = [1, 32];
const NOW = '2024-06-15T03:00:00Z';
/** The demo's platform administrator: a national steering-committee grant, so every agency is readable. */
const READER = { subject: 'admin', name: 'Quản trị hệ thống' };

interface Figures {
  p50: number[];
  p99: number[];
  platformCpu: number[];
  clientCpu: number[];
  serverCpu: number[];
}

/** One round of a workload: latencies, and the HTTP client's CPU when it is another process. */
type Workload = (clients: number) => Promise<{ millis: number[]; clientCpuMicros?: number }>;

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

export async function measureApiObligations(context: Pick<BenchContext, 'adminUrl' | 'runs' | 'progress' | 'tempDir'>): Promise<BenchSection> {
  const url = await freshDatabase(context.adminUrl, DATABASE);
  const observer = new NodePostgresSql(url);
  const notes = [`Load average at start: ${loadAverage()} (${os.cpus().length} cores)`];
  let platform: RunningPlatform | undefined;
  let client: WorkerHandle | undefined;
  try {
    context.progress('api: starting the platform with the demo data');
    platform = await startPlatform(demoPlatformConfig(url, context.tempDir), new FixedClock(new Date(NOW)));
    const token = await platform.app.get(DevelopmentTokens, { strict: false }).issue(READER);
    const readModel = platform.app.get(AssignmentsReadModel, { strict: false });
    const agencies = await agenciesOwing(observer);
    notes.push(`${agencies.length} agencies owe obligations in the demo data; each request asks for one of them, at random.`);
    const pick = random(7);
    const picks = Array.from({ length: REQUESTS }, () => agencies[Math.floor(pick() * agencies.length)]);
    const options: ApiClientOptions = { endpoint: `${platform.url}/graphql`, token };
    client = await WorkerHandle.start('api client', 'workloads/api-client-worker.ts', options);
    const http = client;
    const workloads: Record<string, Workload> = {
      'read model in-process': (clients) => measure(REQUESTS, clients, async (i) => (await readModel.obligations({ agencyId: picks[i] }, null)).value.length),
      'GraphQL over HTTP, guarded': async (clients) => {
        const result = await http.call<{ millis: number[]; cpuMicros: number }>('run', { clients, agencies: picks });
        return { millis: result.millis, clientCpuMicros: result.cpuMicros };
      },
    };
    const figures = new Map<string, Figures>();
    for (let run = 0; run <= context.runs; run++) {
      const names = Object.keys(workloads);
      if (run % 2 === 1) names.reverse();
      for (const clients of CLIENTS) {
        for (const name of names) {
          context.progress(`api: ${run === 0 ? 'warm-up' : `run ${run}/${context.runs}`}, ${name}, ${clients} client(s)`);
          const result = await timed(() => workloads[name](clients));
          if (run === 0) continue;
          const key = `${name}|${clients}`;
          const entry = figures.get(key) ?? { p50: [], p99: [], platformCpu: [], clientCpu: [], serverCpu: [] };
          entry.p50.push(percentile(result.millis, 50));
          entry.p99.push(percentile(result.millis, 99));
          entry.platformCpu.push(result.platformCpu);
          if (result.clientCpu !== undefined) entry.clientCpu.push(result.clientCpu);
          if (result.serverCpu !== undefined) entry.serverCpu.push(result.serverCpu);
          figures.set(key, entry);
        }
      }
    }
    notes.push(`Load average at end: ${loadAverage()}`);
    return { title: 'Obligations through the API', markdown: render(figures, notes) };
  } finally {
    await client?.stop();
    await platform?.stop().catch(() => undefined);
    await observer.close();
    await dropDatabase(context.adminUrl, DATABASE);
  }
}

async function timed(round: () => ReturnType<Workload>) {
  const platform = clientCpuMicros();
  const server = serverCpuMicros();
  const result = await round();
  const serverAfter = serverCpuMicros();
  return {
    millis: result.millis,
    platformCpu: (clientCpuMicros() - platform) / REQUESTS,
    clientCpu: result.clientCpuMicros === undefined ? undefined : result.clientCpuMicros / REQUESTS,
    serverCpu: server === undefined || serverAfter === undefined ? undefined : (serverAfter - server) / REQUESTS,
  };
}

async function agenciesOwing(sql: Sql): Promise<string[]> {
  const result = await sql.query<{ agency: string }>(
    'SELECT assignee_agency_id AS agency FROM assignments_obligations GROUP BY assignee_agency_id ORDER BY assignee_agency_id',
  );
  if (result.rows.length === 0) throw new Error('The demo data left no obligations to read');
  return result.rows.map((row) => row.agency);
}

function render(figures: Map<string, Figures>, notes: string[]): string {
  const rows = [...figures.entries()].map(([key, entry]) => {
    const [workload, clients] = key.split('|');
    return [
      workload,
      clients,
      formatNumber(median(entry.p50), 2),
      formatNumber(median(entry.p99), 2),
      formatNumber(median(entry.platformCpu)),
      entry.clientCpu.length ? formatNumber(median(entry.clientCpu)) : 'in the platform process',
      entry.serverCpu.length ? formatNumber(median(entry.serverCpu)) : 'n/a',
    ];
  });
  return [
    table(
      ['workload', 'clients', 'p50 ms', 'p99 ms', 'platform process CPU µs/request', 'HTTP client process CPU µs/request', 'PostgreSQL CPU µs/request'],
      rows,
    ),
    '',
    ...notes.map((note) => `- ${note}`),
  ].join('\n');
}

export const apiObligationsGroup: BenchGroup = {
  name: 'api',
  summary: 'obligations through GraphQL over HTTP with the AuthGuard, beside the same read-model call in-process (demo data, 1 and 32 clients)',
  run: (context) => measureApiObligations(context),
};
