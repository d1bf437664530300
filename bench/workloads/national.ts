/**
 * The national dataset (bench/national/dataset.ts) written as events into a fresh database on
 * the bench's PostgreSQL cluster, then measured: a full rebuild of every projection, the
 * obligations and compliance queries at 1 and 32 clients, as-of queries at random instants,
 * and the memory of the process. `--scale` shrinks communes, directives and inspections
 * (34 provinces always); scale 1 is the nation: `npm run bench -- national --runs 1`.
 */
import * as os from 'node:os';
import { Projection, ProjectionRunner, RebuildShared, RecordedEvent, Sql, SqlExecutor } from '@cpp/eventsourcing';
import { NodePostgresSql, PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { serverCpuMicros } from '../lib/cpu';
import { BenchContext, BenchGroup, BenchSection } from '../lib/group';
import { table } from '../lib/markdown';
import { dropDatabase, freshDatabase } from '../lib/postgres-admin';
import { formatNumber } from '../lib/stats';
import { WorkerHandle } from '../lib/worker';
import { generateNational } from '../national/dataset';
import { Latency, measureAcrossProcesses } from '../national/latency';
import { PhaseClock } from '../national/phase-clock';
import { LatencyWorkerOptions } from '../national/latency-worker';
import { ReadInputs, readWorkloads } from '../national/read-workloads';
import { ALL_PROJECTIONS } from '../national/projections';
import { storeBytes, writeNational } from '../national/write';

const DATABASE = 'bench_national';
const CLIENTS = [1, 32];
const QUERIES = 1_000;
const CLIENT_PROCESSES = 4;
const CONNECTIONS_PER_PROCESS = 2;

export async function runNational(context: BenchContext): Promise<BenchSection> {
  const notes: string[] = [
    `Load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} (${os.cpus().length} cores)`,
  ];
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200).unref();
  const url = await freshDatabase(context.adminUrl, DATABASE);
  const sql = new NodePostgresSql({ connectionString: url, max: 34 });
  try {
    context.progress(`national: generating at scale ${context.scale}`);
    const dataset = generateNational(context.scale);
    const { counts, scale } = dataset;
    notes.push(
      `Scale ${context.scale}: ${scale.provinces} provinces, ${formatNumber(scale.communes)} communes, ${formatNumber(counts.agencies)} agencies, ${counts.directives} directives over five years, ` +
        `${formatNumber(counts.tasks)} tasks, ${formatNumber(counts.obligations)} obligations, ${formatNumber(counts.inspections)} inspections, ${formatNumber(counts.findings)} findings, ${formatNumber(counts.recommendations)} recommendations`,
    );
    const store = await PostgresEventStore.create(sql);
    const written = await writeNational(store, sql, dataset, { progress: context.progress });
    const bytes = await storeBytes(sql);
    notes.push(
      `Store: ${formatNumber(written.events)} events in ${formatNumber(written.streams)} streams, ${bytes === null ? '?' : `${(bytes / 1024 / 1024).toFixed(1)} MiB`} (es_events + es_streams with indexes); ` +
        `written in ${written.seconds.toFixed(1)} s (${formatNumber(written.events / written.seconds)} events/s, ${formatNumber(written.appends)} appends batched 200 streams per transaction)`,
    );
    context.progress(`national: ${written.events} events, ${written.streams} streams, ${bytes} bytes`);

    const timed = ALL_PROJECTIONS.map((projection) => timedProjection(projection));
    const runner = new ProjectionRunner(
      store,
      sql,
      timed.map(({ projection }) => projection),
    );
    await runner.migrate();
    const rebuildLoad = os.loadavg()[0];
    const rebuildCpu = process.cpuUsage();
    const rebuildServerCpu = serverCpuMicros();
    const rebuildStarted = process.hrtime.bigint();
    const phases = new PhaseClock(rebuildStarted);
    let reported = 0;
    const rebuiltEvents = await runner.rebuildAll(({ processed, total, phase }) => {
      const ended = phases.enter(phase ?? 'reading', processed);
      if (ended) context.progress(`national: rebuild phase ${ended.describe()} (load ${loadAverage()})`);
      if (phase === 'reading' && (processed - reported >= 50_000 || processed === total)) {
        reported = processed;
        const elapsed = Number(process.hrtime.bigint() - rebuildStarted) / 1e9;
        context.progress(
          `national: rebuild of every projection ${formatNumber(processed)} / ${formatNumber(total)} events read and folded (${formatNumber(processed / Math.max(elapsed, 1e-3))} events/s)`,
        );
      }
    });
    const lastPhase = phases.enter('done', rebuiltEvents);
    if (lastPhase) context.progress(`national: rebuild phase ${lastPhase.describe()}`);
    await runner.stop();
    const rebuildSeconds = Number(process.hrtime.bigint() - rebuildStarted) / 1e9;
    const cpu = process.cpuUsage(rebuildCpu);
    const serverCpu = rebuildServerCpu === undefined ? undefined : (serverCpuMicros() ?? rebuildServerCpu) - rebuildServerCpu;
    notes.push(
      `Rebuild: ${((cpu.user + cpu.system) / Math.max(rebuiltEvents, 1)).toFixed(1)} µs of this process's CPU per event, ` +
        `${serverCpu === undefined ? '?' : (serverCpu / Math.max(rebuiltEvents, 1)).toFixed(1)} µs of the PostgreSQL cluster's; ` +
        `phases ${phases.summary()}; load average ${rebuildLoad.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after`,
    );
    for (const table of [
      'assignments_obligations',
      'assignments_obligation_versions',
      'assignments_tasks',
      'assignments_task_versions',
      'assignments_known_agencies',
    ])
      await sql.query(`ANALYZE ${table}`);

    const queryRows = await measureQueries(sql, url, dataset.obligedAgencies, context);
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    notes.push(`Peak RSS of the bench process (generator, writer, projections and queries in one Node process): ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
    notes.push(
      `Load average at end: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}`,
    );
    const perProjection = timed.map(({ projection, spent }) => ({ name: projection.name, ...spent }));
    return { title: `National dataset (scale ${context.scale})`, markdown: render(notes, rebuiltEvents, rebuildSeconds, perProjection, queryRows) };
  } finally {
    clearInterval(sampler);
    await sql.close();
    await dropDatabase(context.adminUrl, DATABASE);
  }
}

interface QueryRow extends Latency {
  workload: string;
  clients: number;
}

/**
 * The latency figures come from client processes (latency-worker.ts), each with its own small
 * pool: the 32 callers of one process were measuring that process's own event loop and JSON
 * parsing as much as the database. 2 connections per process (8 in all on this 2-core machine)
 * keep PostgreSQL busy without 32 backends fighting for two cores.
 */
async function measureQueries(sql: Sql, url: string, agencies: string[], context: BenchContext): Promise<QueryRow[]> {
  const recorded = await sql.query<{ first: Date | string; last: Date | string }>('SELECT min(recorded_at) AS first, max(recorded_at) AS last FROM es_events');
  const inputs: ReadInputs = {
    agencies,
    first: new Date(recorded.rows[0].first).getTime(),
    last: new Date(recorded.rows[0].last).getTime(),
    queries: QUERIES,
  };
  const options: LatencyWorkerOptions = { url, connections: CONNECTIONS_PER_PROCESS, inputs };
  const workers = await Promise.all(
    Array.from({ length: CLIENT_PROCESSES }, (_, w) => WorkerHandle.start(`client-${w + 1}`, 'national/latency-worker.ts', options)),
  );
  const rows: QueryRow[] = [];
  try {
    const names = readWorkloads(sql, inputs).map((workload) => workload.name);
    for (const clients of CLIENTS) {
      for (const [workload, name] of names.entries()) {
        await measureAcrossProcesses(workers, workload, QUERIES / 10, clients);
        const result = await measureAcrossProcesses(workers, workload, QUERIES, clients);
        context.progress(
          `national: ${clients} client(s) · ${name}: p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, ` +
            `CPU/query client ${result.clientCpuMs.toFixed(2)} ms, server ${result.serverCpuMs?.toFixed(2) ?? '?'} ms (load ${loadAverage()})`,
        );
        rows.push({ workload: name, clients, ...result });
      }
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
  return rows;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

/** Wraps a projection to add up the time its apply, applyBatch or rebuilder take (inside their transactions). */
function timedProjection(projection: Projection): { projection: Projection; spent: { events: number; seconds: number; path: string } } {
  const spent = { events: 0, seconds: 0, path: projection.rebuilder ? 'rebuilder' : projection.applyBatch ? 'batches' : 'events' };
  const time = async (events: number, work: () => Promise<void>) => {
    const started = process.hrtime.bigint();
    await work();
    spent.seconds += Number(process.hrtime.bigint() - started) / 1e9;
    spent.events += events;
  };
  const wrapped: Projection = {
    ...projection,
    apply: (tx, event) => time(1, () => projection.apply(tx, event)),
    ...(projection.applyBatch
      ? { applyBatch: (tx: SqlExecutor, events: RecordedEvent[]) => time(events.length, () => projection.applyBatch!(tx, events)) }
      : {}),
    ...(projection.rebuilder
      ? {
          rebuilder: (shared: RebuildShared) => {
            const rebuilder = projection.rebuilder!(shared);
            return {
              apply: (tx: SqlExecutor, events: RecordedEvent[]) => time(events.length, () => rebuilder.apply(tx, events)),
              finish: (tx: SqlExecutor) => time(0, () => rebuilder.finish(tx)),
            };
          },
        }
      : {}),
  };
  return { projection: wrapped, spent };
}

function render(
  notes: string[],
  events: number,
  rebuildSeconds: number,
  perProjection: { name: string; events: number; seconds: number; path: string }[],
  queries: QueryRow[],
): string {
  return [
    notes.map((note) => `- ${note}`).join('\n'),
    '',
    `Full rebuild of every projection (${ALL_PROJECTIONS.length}, one pass over the log, ProjectionRunner.rebuildAll): ${formatNumber(events)} events in ${rebuildSeconds.toFixed(1)} s, ` +
      `${formatNumber(events / rebuildSeconds)} events/s. Time inside each projection's rebuilder (apply and finish: fold, COPY, indexes built again), applyBatch or apply, into shadow tables over connections side by side, so these overlap; the rest is reading the log and swapping the tables in:`,
    '',
    table(
      ['projection', 'applied by', 'events applied', 'seconds', 'events/s'],
      perProjection.map((row) => [
        row.name,
        row.path,
        formatNumber(row.events),
        row.seconds.toFixed(1),
        row.seconds ? formatNumber(row.events / row.seconds) : '—',
      ]),
      ['l', 'l', 'r', 'r', 'r'],
    ),
    '',
    `${formatNumber(QUERIES)} queries per figure after a warm-up of ${QUERIES / 10}, from ${CLIENT_PROCESSES} client processes (${CONNECTIONS_PER_PROCESS} connections each; one process for 1 client); ` +
      `latency in ms measured in the caller (includes the round trip); CPU per query in the client processes and in the PostgreSQL cluster (steadier than latency on a shared machine).`,
    '',
    table(
      ['workload', 'clients', 'p50 ms', 'p99 ms', 'queries/s', 'client CPU ms/query', 'server CPU ms/query'],
      queries.map((row) => [
        row.workload,
        String(row.clients),
        row.p50.toFixed(2),
        row.p99.toFixed(2),
        formatNumber(row.perSecond),
        row.clientCpuMs.toFixed(2),
        row.serverCpuMs === null ? '?' : row.serverCpuMs.toFixed(2),
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  ].join('\n');
}

export const nationalGroup: BenchGroup = {
  name: 'national',
  summary: 'national dataset as events (--scale: 1 = 34 provinces, 3,321 communes, ~10,000 agencies): rebuild, queries at 1 and 32 clients, as-of, RSS',
  run: runNational,
};
