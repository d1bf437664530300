/**
 * The obligations query ("everything an agency owes") at national scale: 34 provinces, about
 * 1,000 agencies, 100,000 obligations, loaded with bulk INSERTs straight into the read-model
 * tables (each row holds a state folded by the obligation decider from realistic events), then
 * queried for random agencies with the filters the steering committee uses. Reports p50/p99
 * latency of the query function, of the API's read path (which first checks the agency), and
 * beside them the round trip of `SELECT 1` and a primary-key lookup in the same run.
 *
 * In `npm run bench` it is the group `obligations`; standalone:
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/workloads/obligations-query.ts
 * (a throwaway PostgreSQL cluster is started unless BENCH_DATABASE_URL names one).
 */
import { FixedClock, migrate, Sql } from '@cpp/eventsourcing';
import { PGliteSql } from '@cpp/eventsourcing/pglite';
import { NodePostgresSql } from '@cpp/eventsourcing/postgres';
import { ObligationEvent } from '../../libs/assignments/src/domain/events';
import { obligationDecider } from '../../libs/assignments/src/domain/obligation/obligation.decider';
import { Obligation } from '../../libs/assignments/src/domain/obligation/state';
import { ObligationDisplayStatus } from '../../libs/assignments/src/domain/obligation/obligation-status';
import { AgencyDirectory } from '../../libs/assignments/src/projections/agency-directory.queries';
import { AssignmentsReadModel } from '../../libs/assignments/src/projections/assignments.read-model';
import { ObligationFilter } from '../../libs/assignments/src/projections/obligation-filter';
import { OBLIGATION_COLUMNS, obligationRowValues } from '../../libs/assignments/src/projections/obligations.projection';
import { ObligationQueries } from '../../libs/assignments/src/projections/obligations.queries';
import { TaskQueries } from '../../libs/assignments/src/projections/tasks.queries';
import { directoryTables, obligationTables } from '../../libs/assignments/src/projections/tables';
import { BenchContext, BenchGroup, BenchSection } from '../lib/group';
import { table } from '../lib/markdown';
import { dropDatabase, freshDatabase } from '../lib/postgres-admin';
import { formatNumber, median } from '../lib/stats';

const PROVINCES = 34;
const AGENCIES_PER_PROVINCE = 29; // UBND tỉnh, 15 Sở and bodies, 13 district People's Committees
const NATIONAL_AGENCIES = 14;
const OBLIGATIONS_PER_AGENCY = 100;
export const TODAY = '2024-06-15';
const INSERT_ROWS = 500;
const QUERIES = 2_000;
const CONCURRENCY = 8;
const DATABASE = 'bench_obligations';

export interface Dataset {
  agencies: { agencyId: string; unitId: string }[];
  obligations: number;
}

/** A small deterministic generator, so every run queries the same dataset in the same order. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function agencies(): { agencyId: string; unitId: string; name: string }[] {
  const list = Array.from({ length: NATIONAL_AGENCIES }, (_, i) => ({ agencyId: `bo-${i + 1}`, unitId: 'viet-nam', name: `Bộ ${i + 1}` }));
  for (let p = 1; p <= PROVINCES; p++) {
    const province = `tinh-${String(p).padStart(2, '0')}`;
    for (let a = 0; a < AGENCIES_PER_PROVINCE - 13; a++) list.push({ agencyId: `so-${a + 1}-${province}`, unitId: province, name: `Sở ${a + 1}` });
    for (let d = 1; d <= 13; d++) list.push({ agencyId: `ubnd-huyen-${d}-${province}`, unitId: `huyen-${d}-${province}`, name: `UBND huyện ${d}` });
  }
  return list;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** One obligation's life as events, folded by the decider: opened, then submitted, missed, extended or done. */
function obligationOf(agencyId: string, index: number, next: () => number): Obligation {
  const kindPick = index % 20;
  const kind = kindPick < 16 ? 'periodic-report' : kindPick < 18 ? 'task' : kindPick < 19 ? 'recommendation' : 'ad-hoc-report';
  const dueDate = addDays('2021-01-01', Math.floor(next() * 6 * 365));
  const year = Number(dueDate.slice(0, 4));
  const directiveId = `kh-${1 + (index % 7)}`;
  const obligationId = `${kind}:${directiveId}/${index}/${agencyId}`;
  const events: ObligationEvent[] = [
    {
      type: 'ObligationOpened',
      data: {
        obligationId,
        kind,
        title: kind === 'periodic-report' ? 'Báo cáo tình hình, kết quả thực hiện Kế hoạch' : 'Nhiệm vụ được giao',
        source: {
          type: kind === 'recommendation' ? 'inspection' : 'directive',
          directiveId: kind === 'recommendation' ? null : directiveId,
          documentNumber: `${index}/KH-UBND`,
          documentSubject: 'Thực hiện Chỉ thị số 23/CT-TTg về bảo đảm thực hiện quyền trẻ em và bảo vệ trẻ em',
          sections: ['II.1.đ', 'II.4.đ'],
          regimeId: kind === 'periodic-report' ? 'bao-cao-6-thang' : null,
          taskId: null,
          inspectionId: kind === 'recommendation' ? 'tt-2023' : null,
          recommendationId: kind === 'recommendation' ? `kn-${index}` : null,
        },
        period: kind === 'periodic-report' ? { label: `${year}-H${index % 2 ? 1 : 2}`, year } : null,
        assigneeAgencyId: agencyId,
        recipientAgencyId: 'so-1-tinh-01',
        dueDate,
        openedOn: addDays(dueDate, -180),
      },
    },
  ];
  const fate = next();
  const submittedOn = addDays(dueDate, Math.floor(next() * 40) - 30);
  const submit = (timeliness: 'on-time' | 'late'): ObligationEvent => ({
    type: 'ReportSubmitted',
    data: {
      obligationId,
      submissionNumber: 1,
      agencyId,
      timeliness,
      submittedOn,
      dueDate,
      originalDueDate: dueDate,
      lateAgainstOriginal: timeliness === 'late',
      figures: [
        { code: 'TE-XAM-HAI', value: Math.floor(next() * 50), unit: 'vụ' },
        { code: 'TE-DUOI-NUOC', value: Math.floor(next() * 20), unit: 'trẻ em' },
      ],
      note: 'Báo cáo định kỳ',
      sourceEventId: null,
    },
  });
  if (dueDate < TODAY || submittedOn < TODAY) {
    if (kind === 'task' || kind === 'recommendation') {
      if (fate < 0.8)
        events.push({
          type: 'ObligationFulfilled',
          data: {
            obligationId,
            fulfilledOn: submittedOn,
            onTime: submittedOn <= dueDate,
            lateAgainstOriginal: submittedOn > dueDate,
            basis: 'task-completed',
            note: null,
          },
        });
    } else if (fate < 0.8 && submittedOn <= TODAY) {
      events.push(submit(submittedOn <= dueDate ? 'on-time' : 'late'));
    }
  }
  if (fate > 0.9 && dueDate < TODAY && events.length === 1) {
    events.push({
      type: 'ObligationOverdue',
      data: { obligationId, assigneeAgencyId: agencyId, dueDate, originalDueDate: dueDate, detectedOn: addDays(dueDate, 1) },
    });
  }
  return events.reduce(obligationDecider.evolve, obligationDecider.initialState()) as Obligation;
}

export async function load(sql: Sql, progress: (line: string) => void): Promise<Dataset> {
  await migrate(sql, 'projection:assignments.obligations', obligationTables);
  await migrate(sql, 'projection:assignments.directory', directoryTables);
  const list = agencies();
  for (let i = 0; i < list.length; i += INSERT_ROWS) {
    const slice = list.slice(i, i + INSERT_ROWS);
    await sql.query(
      `INSERT INTO assignments_known_agencies (agency_id, name, unit_id, status, changed_on) VALUES ${slice.map((_, j) => `($${j * 3 + 1}, $${j * 3 + 2}, $${j * 3 + 3}, 'active', '2010-01-01')`).join(', ')}`,
      slice.flatMap((agency) => [agency.agencyId, agency.name, agency.unitId]),
    );
  }
  const next = random(2024);
  let rows: unknown[][] = [];
  let count = 0;
  const flush = async () => {
    if (rows.length === 0) return;
    const width = OBLIGATION_COLUMNS.length;
    await sql.query(
      `INSERT INTO assignments_obligations (${OBLIGATION_COLUMNS.join(', ')}) VALUES ${rows.map((_, r) => `(${OBLIGATION_COLUMNS.map((__, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ')}`,
      rows.flat(),
    );
    count += rows.length;
    rows = [];
  };
  for (const agency of list) {
    for (let index = 0; index < OBLIGATIONS_PER_AGENCY; index++) {
      rows.push(obligationRowValues(obligationOf(agency.agencyId, index, next)));
      if (rows.length === INSERT_ROWS) await flush();
    }
    if (count % 20_000 === 0 && count > 0) progress(`obligations: ${count} rows loaded`);
  }
  await flush();
  await sql.query('ANALYZE assignments_obligations');
  await sql.query('ANALYZE assignments_known_agencies');
  return { agencies: list, obligations: count };
}

/** The filters the committee uses, in turn: everything, what is late, what falls due this year, one quarter. */
export const FILTERS: { name: string; filter: (agencyId: string) => ObligationFilter }[] = [
  { name: 'all', filter: (agencyId) => ({ agencyId }) },
  { name: 'overdue', filter: (agencyId) => ({ agencyId, statuses: ['overdue'] as ObligationDisplayStatus[] }) },
  {
    name: 'open or due soon, due in 2024',
    filter: (agencyId) => ({ agencyId, statuses: ['open', 'due-soon'] as ObligationDisplayStatus[], dueFrom: '2024-01-01', dueTo: '2024-12-31' }),
  },
  { name: 'due in one quarter', filter: (agencyId) => ({ agencyId, dueFrom: '2024-04-01', dueTo: '2024-06-30' }) },
];

interface Latencies {
  millis: number[];
  rows: number;
  seconds: number;
}

export async function measure(queries: number, concurrency: number, once: (i: number) => Promise<number>): Promise<Latencies> {
  const millis: number[] = [];
  let rows = 0;
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < queries; i = next++) {
        const start = process.hrtime.bigint();
        const returned = await once(i);
        millis.push(Number(process.hrtime.bigint() - start) / 1e6);
        rows += returned;
      }
    }),
  );
  return { millis, rows, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Row {
  store: string;
  workload: string;
  clients: number;
  p50: number[];
  p99: number[];
  qps: number[];
  rowsPerQuery: number;
}

async function runOn(store: string, sql: Sql, dataset: Dataset, context: Pick<BenchContext, 'runs' | 'progress'>, concurrencies: number[]): Promise<Row[]> {
  const queries = new ObligationQueries(sql);
  const clock = new FixedClock(new Date(`${TODAY}T03:00:00Z`));
  const readModel = new AssignmentsReadModel(queries, new TaskQueries(sql), new AgencyDirectory(sql), clock);
  const pick = random(7);
  const picks = Array.from({ length: QUERIES }, () => dataset.agencies[Math.floor(pick() * dataset.agencies.length)].agencyId);
  const ids = (await sql.query<{ obligation_id: string }>('SELECT obligation_id FROM assignments_obligations ORDER BY obligation_id LIMIT 2000')).rows.map(
    (row) => row.obligation_id,
  );
  const workloads: { name: string; once: (i: number) => Promise<number> }[] = [
    { name: 'baseline: SELECT 1', once: async () => (await sql.query('SELECT 1')).rows.length },
    {
      name: 'baseline: one obligation by primary key',
      once: async (i) => (await sql.query('SELECT state FROM assignments_obligations WHERE obligation_id = $1', [ids[i % ids.length]])).rows.length,
    },
    {
      name: 'obligations query (ObligationQueries.forAgency), filters in turn',
      once: async (i) => (await queries.forAgency(FILTERS[i % FILTERS.length].filter(picks[i]), TODAY)).length,
    },
    {
      name: 'API read path (agency check + query)',
      once: async (i) => (await readModel.obligations(FILTERS[i % FILTERS.length].filter(picks[i]), null)).value.length,
    },
    ...FILTERS.map((f) => ({ name: `· filter: ${f.name}`, once: async (i: number) => (await queries.forAgency(f.filter(picks[i]), TODAY)).length })),
  ];
  const rows: Row[] = [];
  for (const clients of concurrencies) {
    for (const workload of workloads) {
      if (clients > 1 && workload.name.startsWith('·')) continue;
      const row: Row = { store, workload: workload.name, clients, p50: [], p99: [], qps: [], rowsPerQuery: 0 };
      for (let run = 0; run <= context.runs; run++) {
        const result = await measure(run === 0 ? QUERIES / 5 : QUERIES, clients, workload.once);
        if (run === 0) continue;
        row.p50.push(percentile(result.millis, 50));
        row.p99.push(percentile(result.millis, 99));
        row.qps.push(result.millis.length / result.seconds);
        row.rowsPerQuery = result.rows / result.millis.length;
      }
      context.progress(`${store} · ${clients} client(s) · ${workload.name}: p50 ${median(row.p50).toFixed(2)} ms, p99 ${median(row.p99).toFixed(2)} ms`);
      rows.push(row);
    }
  }
  return rows;
}

async function plan(sql: Sql, agencyId: string): Promise<string> {
  const result = await sql.query<Record<string, string>>(
    `EXPLAIN SELECT state FROM assignments_obligations WHERE assignee_agency_id = $1 AND (status = 'open' AND due_date < $2::date) ORDER BY due_date, obligation_id`,
    [agencyId, TODAY],
  );
  return result.rows
    .map((row) => Object.values(row)[0])
    .join(' / ')
    .replace(/\s+/g, ' ');
}

export async function runObligationsQuery(context: BenchContext): Promise<BenchSection> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const url = await freshDatabase(context.adminUrl, DATABASE);
  const postgres = new NodePostgresSql({ connectionString: url, max: CONCURRENCY });
  try {
    context.progress('obligations: loading the national-scale read model into PostgreSQL');
    const started = Date.now();
    const dataset = await load(postgres, context.progress);
    notes.push(
      `PostgreSQL: ${formatNumber(dataset.agencies.length)} agencies, ${formatNumber(dataset.obligations)} obligations loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    notes.push(`PostgreSQL plan for one agency's overdue obligations: \`${await plan(postgres, dataset.agencies[500].agencyId)}\``);
    rows.push(...(await runOn('PostgreSQL', postgres, dataset, context, [1, CONCURRENCY])));
  } finally {
    await postgres.close();
    await dropDatabase(context.adminUrl, DATABASE);
  }
  const pglite = await PGliteSql.open();
  try {
    context.progress('obligations: loading the same read model into PGlite (in memory)');
    const started = Date.now();
    const dataset = await load(pglite, context.progress);
    notes.push(`PGlite: loaded in ${((Date.now() - started) / 1000).toFixed(1)} s (one connection: measured with one client only)`);
    rows.push(...(await runOn('PGlite', pglite, dataset, context, [1])));
  } finally {
    await pglite.close();
  }
  return { title: 'Obligations query (national scale)', markdown: render(rows, notes, context.runs) };
}

function render(rows: Row[], notes: string[], runs: number): string {
  const ms = (values: number[]) => `${median(values).toFixed(2)}`;
  return [
    `Everything an agency owes, for a random agency among ~1,000 (34 provinces), 100,000 obligations in the read model, statuses judged on ${TODAY}. ` +
      `${formatNumber(QUERIES)} queries per run; medians of ${runs} runs (after a warm-up run). Latency in milliseconds, measured in the client (includes the round trip).`,
    '',
    table(
      ['store', 'workload', 'clients', 'p50 ms', 'p99 ms', 'queries/s', 'rows/query'],
      rows.map((row) => [row.store, row.workload, String(row.clients), ms(row.p50), ms(row.p99), formatNumber(median(row.qps)), row.rowsPerQuery.toFixed(1)]),
      ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    ...notes.map((note) => `- ${note}`),
  ].join('\n');
}

export const obligationsQueryGroup: BenchGroup = {
  name: 'obligations',
  summary: 'obligations query latency (p50/p99) at national scale: 1,000 agencies, 100,000 obligations',
  run: runObligationsQuery,
};

if (require.main === module) {
  (async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startThrowawayPostgres } = require('../../infra/test-services/throwaway-postgres.js');
    const cluster = process.env.BENCH_DATABASE_URL ? null : await startThrowawayPostgres({ fsync: true });
    try {
      const runs = Number(process.env.BENCH_RUNS ?? 3);
      const section = await runObligationsQuery({
        adminUrl: process.env.BENCH_DATABASE_URL ?? cluster.url,
        runs,
        scale: 1,
        tempDir: '',
        progress: (line) => process.stderr.write(`${line}\n`),
      });
      process.stdout.write(`## ${section.title}\n\n${section.markdown}\n`);
    } finally {
      await cluster?.stop();
    }
  })().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
