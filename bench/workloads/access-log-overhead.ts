/**
 * What the access log costs a reader: the obligations query at national scale (the dataset
 * of obligations-query.ts), plain, and with a ProtectedDataRead appended to the log beside it
 * (as AccessLogInterceptor does) and, for comparison, after it. The budget: the logged
 * query's p99 within 120% of the plain query's.
 *
 * Standalone (a throwaway PostgreSQL cluster is started unless BENCH_DATABASE_URL names one):
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/workloads/access-log-overhead.ts
 */
import { FixedClock } from '@cpp/eventsourcing';
import { NodePostgresSql, PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { AccessLogWriter } from '@cpp/access';
import { ObligationQueries } from '../../libs/assignments/src/projections/obligations.queries';
import { dropDatabase, freshDatabase } from '../lib/postgres-admin';
import { median } from '../lib/stats';
import { FILTERS, load, measure, percentile, random, TODAY } from './obligations-query';

const QUERIES = 2_000;
const RUNS = 3;
const CLIENTS = [1, 8];
const DATABASE = 'bench_access_log';

type Reader = { subject: string; name: string; agencyId: string; roles: []; grants: [] };

export async function measureAccessLogOverhead(adminUrl: string, progress: (line: string) => void): Promise<string[]> {
  const url = await freshDatabase(adminUrl, DATABASE);
  const sql = new NodePostgresSql({ connectionString: url, max: 8 });
  const lines: string[] = [];
  try {
    progress('access log: loading the national-scale obligations read model');
    const dataset = await load(sql, progress);
    const store = await PostgresEventStore.create(sql, { clock: new FixedClock(new Date(`${TODAY}T03:00:00Z`)) });
    const writer = new AccessLogWriter(store, new FixedClock(new Date(`${TODAY}T03:00:00Z`)));
    const queries = new ObligationQueries(sql);
    const pick = random(11);
    const picks = Array.from({ length: QUERIES }, () => dataset.agencies[Math.floor(pick() * dataset.agencies.length)].agencyId);
    const reader = (i: number): Reader => ({ subject: `reader-${i % 50}`, name: 'reader', agencyId: picks[i], roles: [], grants: [] });
    const query = (i: number) => queries.forAgency(FILTERS[i % FILTERS.length].filter(picks[i]), TODAY);
    const log = (i: number) =>
      writer.record(
        reader(i),
        { operation: 'obligations', protectedData: 'bench', records: [{ kind: 'agency', id: picks[i] }], breakGlass: null },
        `bench-${i}`,
      );
    const workloads: [string, (i: number) => Promise<number>][] = [
      ['plain obligations query', async (i) => (await query(i)).length],
      [
        'query with its read queued for the batched log (as served)',
        async (i) => {
          void log(i);
          return (await query(i)).length;
        },
      ],
      ['query waiting for its batch to be in the log (as a break-the-glass read)', async (i) => (await Promise.all([query(i), log(i)]))[0].length],
      [
        'query with one append of its own per read (the unbatched design)',
        async (i) => {
          const rows = await query(i);
          await writer
            .record(reader(i), { operation: 'obligations', protectedData: 'bench', records: [], breakGlass: null }, `bench-${i}`)
            .then(() => writer.flush());
          return rows.length;
        },
      ],
    ];
    const logged = async () => (await sql.query<{ n: string }>(`SELECT count(*) AS n FROM es_events WHERE event_type = 'ProtectedDataRead'`)).rows[0]?.n;
    for (const clients of CLIENTS) {
      const p99: Record<string, number> = {};
      for (const [name, once] of workloads) {
        const runs: number[] = [];
        const p50s: number[] = [];
        for (let run = 0; run <= RUNS; run++) {
          const result = await measure(run === 0 ? QUERIES / 5 : QUERIES, clients, once);
          if (run === 0) continue;
          runs.push(percentile(result.millis, 99));
          p50s.push(percentile(result.millis, 50));
        }
        p99[name] = median(runs);
        const line = `${clients} client(s) · ${name}: p50 ${median(p50s).toFixed(2)} ms, p99 ${p99[name].toFixed(2)} ms`;
        progress(line);
        lines.push(line);
      }
      const ratio = p99[workloads[1][0]] / p99[workloads[0][0]];
      lines.push(`${clients} client(s) · logged p99 / plain p99 = ${(ratio * 100).toFixed(0)}% (budget 120%)`);
      progress(lines[lines.length - 1]);
    }
    await writer.flush();
    lines.push(`reads in the log after the run: ${await logged()}`);
  } finally {
    await sql.close();
    await dropDatabase(adminUrl, DATABASE);
  }
  return lines;
}

if (require.main === module) {
  void (async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startThrowawayPostgres } = require('../../infra/test-services/throwaway-postgres');
    const cluster = process.env.BENCH_DATABASE_URL ? null : await startThrowawayPostgres({ fsync: true });
    try {
      const lines = await measureAccessLogOverhead(process.env.BENCH_DATABASE_URL ?? cluster.url, (line) => process.stderr.write(`${line}\n`));
      process.stdout.write(`${lines.join('\n')}\n`);
    } finally {
      await cluster?.stop();
    }
  })().catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
}
