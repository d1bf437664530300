/**
 * What the access log costs a reader: the obligations query at national scale (the dataset of
 * obligations-query.ts), plain, and with a ProtectedDataRead queued for the log beside it (as
 * AccessLogInterceptor does), and waiting for its batch to be in the log (as a break-the-glass
 * read). The writer is the platform's: batched, on its own connection (accessLogStore). The
 * issue's budget: the logged query's p99 within 120% of the plain query's.
 *
 * The workloads run interleaved, round by round (one round of each per run, the order turning
 * each run), so that a change in the machine's load falls on all of them alike; the figures are
 * medians over the runs of each round's p50 and p99.
 *
 * In `npm run bench` it is the group `access-log`; standalone (a throwaway PostgreSQL cluster is
 * started unless BENCH_DATABASE_URL names one):
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/workloads/access-log-overhead.ts
 */
import * as os from 'node:os';
import { FixedClock } from '@cpp/eventsourcing';
import { NodePostgresSql, PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { AccessLogWriter, accessLogStore } from '@cpp/access';
import { ObligationQueries } from '../../libs/assignments/src/projections/obligations.queries';
import { BenchContext, BenchGroup, BenchSection } from '../lib/group';
import { table } from '../lib/markdown';
import { dropDatabase, freshDatabase } from '../lib/postgres-admin';
import { median } from '../lib/stats';
import { FILTERS, load, measure, percentile, random, TODAY } from './obligations-query';

const QUERIES = 2_000;
const CLIENTS = [1, 8];
const DATABASE = 'bench_access_log';
const BUDGET = 1.2;

type Reader = { subject: string; name: string; agencyId: string; roles: []; grants: [] };

interface Row {
  workload: string;
  clients: number;
  p50: number[];
  p99: number[];
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

export async function measureAccessLogOverhead(context: Pick<BenchContext, 'adminUrl' | 'runs' | 'progress'>): Promise<BenchSection> {
  const url = await freshDatabase(context.adminUrl, DATABASE);
  const sql = new NodePostgresSql({ connectionString: url, max: Math.max(...CLIENTS) });
  const clock = new FixedClock(new Date(`${TODAY}T03:00:00Z`));
  const notes = [`Load average at start: ${loadAverage()} (${os.cpus().length} cores)`];
  try {
    context.progress('access log: loading the national-scale obligations read model');
    const dataset = await load(sql, context.progress);
    const shared = await PostgresEventStore.create(sql, { clock });
    const writer = new AccessLogWriter(accessLogStore(shared, url, clock), clock);
    const queries = new ObligationQueries(sql);
    const pick = random(11);
    const picks = Array.from({ length: QUERIES }, () => dataset.agencies[Math.floor(pick() * dataset.agencies.length)].agencyId);
    const reader = (i: number): Reader => ({ subject: `reader-${i % 50}`, name: 'reader', agencyId: picks[i], roles: [], grants: [] });
    const query = async (i: number) => (await queries.forAgency(FILTERS[i % FILTERS.length].filter(picks[i]), TODAY)).length;
    const log = (i: number) =>
      writer.record(
        reader(i),
        { operation: 'obligations', protectedData: 'bench', records: [{ kind: 'agency', id: picks[i] }], breakGlass: null },
        `bench-${i}`,
      );
    const workloads: [string, (i: number) => Promise<number>][] = [
      ['plain obligations query', query],
      [
        'query with its read queued for the batched log (as served)',
        (i) => {
          log(i).catch(() => undefined);
          return query(i);
        },
      ],
      ['query waiting for its batch to be in the log (as a break-the-glass read)', async (i) => (await Promise.all([query(i), log(i)]))[0]],
    ];
    const rows: Row[] = [];
    for (const clients of CLIENTS) {
      const measured = workloads.map(([workload]) => ({ workload, clients, p50: [] as number[], p99: [] as number[] }));
      for (const [, once] of workloads) await measure(QUERIES / 5, clients, once);
      for (let run = 0; run < context.runs; run++) {
        // The order turns each run: no workload always follows the same one.
        for (let k = 0; k < workloads.length; k++) {
          const w = (run + k) % workloads.length;
          const result = await measure(QUERIES, clients, workloads[w][1]);
          measured[w].p50.push(percentile(result.millis, 50));
          measured[w].p99.push(percentile(result.millis, 99));
        }
        await writer.flush();
      }
      for (const row of measured) context.progress(`access log · ${clients} client(s) · ${row.workload}: p50 ${ms(row.p50)} ms, p99 ${ms(row.p99)} ms`);
      context.progress(`access log · ${clients} client(s) · logged p99 / plain p99 = ${ratio(measured[1], measured[0])} (budget ${BUDGET * 100}%)`);
      rows.push(...measured);
    }
    await writer.flush();
    const logged = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_events WHERE event_type = 'ProtectedDataRead'`);
    notes.push(`Reads in the log after the run: ${logged.rows[0].n} (every logged query's read, warm-ups included)`);
    notes.push(`Load average at end: ${loadAverage()}`);
    await writer.onApplicationShutdown();
    return { title: 'Access log overhead on the obligations query', markdown: render(rows, notes, context.runs) };
  } finally {
    await sql.close();
    await dropDatabase(context.adminUrl, DATABASE);
  }
}

const ms = (values: number[]) => median(values).toFixed(2);
const ratio = (logged: Row, plain: Row) => `${((100 * median(logged.p99)) / median(plain.p99)).toFixed(0)}%`;

function render(rows: Row[], notes: string[], runs: number): string {
  const plain = (clients: number) => rows.find((row) => row.clients === clients)!;
  return [
    `${QUERIES} obligations queries per round for random agencies among ~1,000 (100,000 obligations), the filters in turn; ` +
      `the three workloads interleaved round by round, medians of ${runs} runs after a warm-up round each. Latency in ms measured in the client. ` +
      `Budget: logged p99 ≤ ${BUDGET * 100}% of plain p99.`,
    '',
    table(
      ['workload', 'clients', 'p50 ms', 'p99 ms', 'p99 / plain'],
      rows.map((row) => [row.workload, String(row.clients), ms(row.p50), ms(row.p99), ratio(row, plain(row.clients))]),
      ['l', 'r', 'r', 'r', 'r'],
    ),
    '',
    ...notes.map((note) => `- ${note}`),
  ].join('\n');
}

export const accessLogGroup: BenchGroup = {
  name: 'access-log',
  summary: 'what the access log adds to the obligations query p99 (plain vs logged, interleaved, 1 and 8 clients; budget 120%)',
  run: measureAccessLogOverhead,
};

if (require.main === module) {
  void (async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startThrowawayPostgres } = require('../../infra/test-services/throwaway-postgres');
    const cluster = process.env.BENCH_DATABASE_URL ? null : await startThrowawayPostgres({ fsync: true });
    try {
      const section = await measureAccessLogOverhead({
        adminUrl: process.env.BENCH_DATABASE_URL ?? cluster.url,
        runs: Number(process.env.BENCH_RUNS ?? 5),
        progress: (line) => process.stderr.write(`${line}\n`),
      });
      process.stdout.write(`## ${section.title}\n\n${section.markdown}\n`);
    } finally {
      await cluster?.stop();
    }
  })().catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
}
