/**
 * The national dataset (bench/national/dataset.ts) written as events into a fresh database on
 * the bench's PostgreSQL cluster, then measured: a full rebuild of every projection, the
 * obligations and compliance queries at 1 and 32 clients, as-of queries at random instants,
 * and the memory of the process. `--scale` shrinks communes, directives and inspections
 * (34 provinces always); scale 1 is the nation: `npm run bench -- national --runs 1`.
 */
import * as os from 'node:os';
import { FixedClock, Projection, ProjectionRunner, RecordedEvent, Sql, SqlExecutor } from '@cpp/eventsourcing';
import { NodePostgresSql, PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { AgencyDirectory } from '../../libs/assignments/src/projections/agency-directory.queries';
import { AssignmentsReadModel } from '../../libs/assignments/src/projections/assignments.read-model';
import { ObligationFilter } from '../../libs/assignments/src/projections/obligation-filter';
import { ObligationQueries } from '../../libs/assignments/src/projections/obligations.queries';
import { TaskQueries } from '../../libs/assignments/src/projections/tasks.queries';
import { FindingsHistoryQueries } from '../../libs/inspections/src/projections/findings-history.queries';
import { RecommendationFollowUpQueries } from '../../libs/inspections/src/projections/recommendation-follow-up.queries';
import { OrganizationChartQueries } from '../../libs/organizations/src/projections/organization-chart.queries';
import { BenchContext, BenchGroup, BenchSection } from '../lib/group';
import { table } from '../lib/markdown';
import { dropDatabase, freshDatabase } from '../lib/postgres-admin';
import { formatNumber } from '../lib/stats';
import { generateNational, seeded } from '../national/dataset';
import { measureLatency } from '../national/latency';
import { ALL_PROJECTIONS } from '../national/projections';
import { storeBytes, writeNational } from '../national/write';

const DATABASE = 'bench_national';
const CLIENTS = [1, 32];
const QUERIES = 1_000;

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
    const rebuildStarted = process.hrtime.bigint();
    let reported = 0;
    const rebuiltEvents = await runner.rebuildAll(({ processed, total }) => {
      if (processed - reported >= 50_000 || processed === total) {
        reported = processed;
        const elapsed = Number(process.hrtime.bigint() - rebuildStarted) / 1e9;
        context.progress(
          `national: rebuild of every projection ${formatNumber(processed)} / ${formatNumber(total)} events (${formatNumber(processed / Math.max(elapsed, 1e-3))} events/s)`,
        );
      }
    });
    await runner.stop();
    const rebuildSeconds = Number(process.hrtime.bigint() - rebuildStarted) / 1e9;
    for (const table of [
      'assignments_obligations',
      'assignments_obligation_versions',
      'assignments_tasks',
      'assignments_task_versions',
      'assignments_known_agencies',
    ])
      await sql.query(`ANALYZE ${table}`);

    const queryRows = await measureQueries(sql, dataset.obligedAgencies, context);
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

interface QueryRow {
  workload: string;
  clients: number;
  p50: number;
  p99: number;
  perSecond: number;
}

async function measureQueries(sql: Sql, agencies: string[], context: BenchContext): Promise<QueryRow[]> {
  const recorded = await sql.query<{ first: Date | string; last: Date | string }>('SELECT min(recorded_at) AS first, max(recorded_at) AS last FROM es_events');
  const first = new Date(recorded.rows[0].first).getTime();
  const last = new Date(recorded.rows[0].last).getTime();
  const clock = new FixedClock(new Date('2025-12-15T03:00:00Z'));
  const queries = new ObligationQueries(sql);
  const readModel = new AssignmentsReadModel(queries, new TaskQueries(sql), new AgencyDirectory(sql), clock);
  const findings = new FindingsHistoryQueries(sql, new RecommendationFollowUpQueries(sql, clock));
  const chart = new OrganizationChartQueries(sql, clock);
  const pick = seeded(11);
  const picks = Array.from({ length: QUERIES }, () => agencies[Math.floor(pick() * agencies.length)]);
  const instants = Array.from({ length: QUERIES }, () => new Date(first + Math.floor(pick() * (last - first))));
  const provinces = Array.from({ length: QUERIES }, (_, i) => `tinh-${String(1 + (i % 34)).padStart(2, '0')}`);
  const filter = (i: number): ObligationFilter => (i % 2 ? { agencyId: picks[i] } : { agencyId: picks[i], statuses: ['overdue', 'due-soon'] });
  const workloads: { name: string; once: (i: number) => Promise<unknown> }[] = [
    { name: 'obligations (API read path: agency check + query)', once: (i) => readModel.obligations(filter(i), null) },
    {
      name: 'compliance of one province (every agency within it)',
      once: (i) => readModel.compliance({ agencyId: null, jurisdictionUnitId: provinces[i], directiveId: null, year: 2024 }, null),
    },
    {
      name: 'compliance of one agency',
      once: (i) => readModel.compliance({ agencyId: picks[i], jurisdictionUnitId: null, directiveId: null, year: null }, null),
    },
    { name: 'obligations asOf a random instant', once: (i) => readModel.obligations(filter(i), instants[i]) },
    {
      name: 'compliance of one agency asOf a random instant',
      once: (i) => readModel.compliance({ agencyId: picks[i], jurisdictionUnitId: null, directiveId: null, year: null }, instants[i]),
    },
    {
      name: 'findings of one province (first page) asOf a random instant',
      once: (i) => findings.page({ localityUnitId: provinces[i] }, 20, null, instants[i]),
    },
    { name: 'agencies of one province as known at a random instant', once: (i) => chart.agencies({ jurisdictionUnitId: provinces[i], knownAt: instants[i] }) },
  ];
  const rows: QueryRow[] = [];
  for (const clients of CLIENTS) {
    for (const workload of workloads) {
      await measureLatency(QUERIES / 10, clients, workload.once);
      const result = await measureLatency(QUERIES, clients, workload.once);
      context.progress(`national: ${clients} client(s) · ${workload.name}: p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms`);
      rows.push({ workload: workload.name, clients, ...result });
    }
  }
  return rows;
}

/** Wraps a projection to add up the time its apply and applyBatch take (inside their transactions). */
function timedProjection(projection: Projection): { projection: Projection; spent: { events: number; seconds: number; batched: boolean } } {
  const spent = { events: 0, seconds: 0, batched: Boolean(projection.applyBatch) };
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
  };
  return { projection: wrapped, spent };
}

function render(
  notes: string[],
  events: number,
  rebuildSeconds: number,
  perProjection: { name: string; events: number; seconds: number; batched: boolean }[],
  queries: QueryRow[],
): string {
  return [
    notes.map((note) => `- ${note}`).join('\n'),
    '',
    `Full rebuild of every projection (${ALL_PROJECTIONS.length}, one pass over the log, ProjectionRunner.rebuildAll): ${formatNumber(events)} events in ${rebuildSeconds.toFixed(1)} s, ` +
      `${formatNumber(events / rebuildSeconds)} events/s. Time inside each projection's apply / applyBatch (the projections run side by side, so these overlap; the rest is reading the log and committing):`,
    '',
    table(
      ['projection', 'applies batches', 'events applied', 'seconds', 'events/s'],
      perProjection.map((row) => [
        row.name,
        row.batched ? 'yes' : 'no',
        formatNumber(row.events),
        row.seconds.toFixed(1),
        row.seconds ? formatNumber(row.events / row.seconds) : '—',
      ]),
      ['l', 'l', 'r', 'r', 'r'],
    ),
    '',
    `${formatNumber(QUERIES)} queries per figure after a warm-up of ${QUERIES / 10}; latency in ms measured in the caller (includes the round trip).`,
    '',
    table(
      ['workload', 'clients', 'p50 ms', 'p99 ms', 'queries/s'],
      queries.map((row) => [row.workload, String(row.clients), row.p50.toFixed(2), row.p99.toFixed(2), formatNumber(row.perSecond)]),
      ['l', 'r', 'r', 'r', 'r'],
    ),
  ].join('\n');
}

export const nationalGroup: BenchGroup = {
  name: 'national',
  summary: 'national dataset as events (--scale: 1 = 34 provinces, 3,321 communes, ~10,000 agencies): rebuild, queries at 1 and 32 clients, as-of, RSS',
  run: runNational,
};
