/**
 * The funding ledger read model at national scale: 34 provinces with every agency of the
 * obligations bench (about 1,000, ministries included), five fiscal years, one line per agency,
 * year and source (state budget, a target programme, aid): about 15,000 budget lines, loaded
 * with bulk INSERTs into the ledger table the projection writes. Queried as the GraphQL
 * resolvers do: national totals of a year by province, one province's year by agency and
 * source, a directive's tasks by source, the lines near their balance, one line by id; beside
 * `SELECT 1` and the old client-side summing of one province's lines in the same run.
 *
 * In `npm run bench` it is the group `funding` (run it with `obligations` to have the
 * obligations query beside it in one report).
 */
import { migrate, Sql } from '@cpp/eventsourcing';
import { NodePostgresSql } from '@cpp/eventsourcing/postgres';
import { FundingQueries } from '../../libs/funding/src/projections/funding.queries';
import { summariseLedger } from '../../libs/funding/src/projections/ledger-summary';
import { ledgerTables } from '../../libs/funding/src/projections/tables';
import { BenchContext, BenchGroup, BenchSection } from '../lib/group';
import { table } from '../lib/markdown';
import { dropDatabase, freshDatabase } from '../lib/postgres-admin';
import { formatNumber, median } from '../lib/stats';
import { measure, percentile } from './obligations-query';

const PROVINCES = 34;
const DEPARTMENTS_PER_PROVINCE = 16;
const DISTRICTS_PER_PROVINCE = 13;
const MINISTRIES = 14;
const YEARS = [2022, 2023, 2024, 2025, 2026];
const SOURCES = ['state-budget', 'target-programme', 'aid'] as const;
const DIRECTIVES = 7;
const INSERT_ROWS = 500;
const QUERIES = 400;
const CONCURRENCY = 8;
const DATABASE = 'bench_funding';

const COLUMNS = [
  'line_id',
  'fiscal_year',
  'level',
  'agency_id',
  'province_id',
  'finance_agency_id',
  'treasury_agency_id',
  'source_kind',
  'programme',
  'donor',
  'directive_id',
  'task_section',
  'classification',
  'purpose',
  'status',
  'estimated',
  'decided',
  'allocated',
  'committed',
  'paid',
  'advanced',
  'carried_over',
  'cancelled',
  'settled',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Agency {
  agencyId: string;
  provinceId: string | null;
}

function agencies(): Agency[] {
  const list: Agency[] = Array.from({ length: MINISTRIES }, (_, i) => ({ agencyId: `bo-${i + 1}`, provinceId: null }));
  for (let p = 1; p <= PROVINCES; p++) {
    const province = `tinh-${String(p).padStart(2, '0')}`;
    for (let a = 1; a <= DEPARTMENTS_PER_PROVINCE; a++) list.push({ agencyId: `so-${a}-${province}`, provinceId: province });
    for (let d = 1; d <= DISTRICTS_PER_PROVINCE; d++) list.push({ agencyId: `ubnd-xa-${d}-${province}`, provinceId: province });
  }
  return list;
}

/** A line's figures, consistent as the decider keeps them: committed and spent within the allocation, closed years carried or cancelled and settled. */
function lineRow(agency: Agency, year: number, source: (typeof SOURCES)[number], index: number, next: () => number): unknown[] {
  const estimated = BigInt(Math.floor(50 + next() * 5_000)) * 1_000_000n;
  const allocated = (estimated * BigInt(70 + Math.floor(next() * 30))) / 100n;
  const committed = (allocated * BigInt(Math.floor(next() * 100))) / 100n;
  const paid = (allocated * BigInt(Math.floor(next() * 100))) / 100n;
  const closed = year < 2025;
  const carried = closed ? (allocated - paid) / 2n : 0n;
  const cancelled = closed ? allocated - paid - carried : 0n;
  const level = agency.provinceId === null ? 'central' : agency.agencyId.startsWith('ubnd-xa') ? 'commune' : 'province';
  const directive = `kh-${1 + (index % DIRECTIVES)}`;
  return [
    `${agency.agencyId}-${year}-${source}`,
    year,
    level,
    agency.agencyId,
    agency.provinceId,
    agency.provinceId ? `so-tai-chinh-${agency.provinceId}` : 'bo-tai-chinh',
    'kbnn',
    source,
    source === 'target-programme' ? 'CTMTQG giảm nghèo bền vững' : null,
    source === 'aid' ? 'UNICEF' : null,
    directive,
    `II.${1 + (index % 7)}.a`,
    JSON.stringify({ version: year < 2026 ? 'mlns-2016' : 'mlns-2026', chapter: '424', function: '370-398', item: '7000-7049' }),
    'Bảo vệ trẻ em',
    closed ? 'settled' : 'allocated',
    estimated.toString(),
    estimated.toString(),
    allocated.toString(),
    committed.toString(),
    paid.toString(),
    '0',
    carried.toString(),
    cancelled.toString(),
    closed ? paid.toString() : null,
  ];
}

async function load(sql: Sql, progress: (line: string) => void): Promise<{ lines: number; agencies: Agency[]; lineIds: string[] }> {
  await migrate(sql, 'projection:funding.ledger', ledgerTables);
  const list = agencies();
  const next = random(2026);
  let rows: unknown[][] = [];
  const lineIds: string[] = [];
  const flush = async () => {
    if (!rows.length) return;
    const width = COLUMNS.length;
    await sql.query(
      `INSERT INTO funding_budget_lines (${COLUMNS.join(', ')}) VALUES ${rows.map((_, r) => `(${COLUMNS.map((__, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ')}`,
      rows.flat(),
    );
    rows = [];
  };
  let index = 0;
  for (const agency of list) {
    for (const year of YEARS) {
      for (const source of SOURCES) {
        const row = lineRow(agency, year, source, index++, next);
        lineIds.push(row[0] as string);
        rows.push(row);
        if (rows.length === INSERT_ROWS) await flush();
      }
    }
  }
  await flush();
  await sql.query('ANALYZE funding_budget_lines');
  progress(`funding: ${formatNumber(lineIds.length)} lines of ${formatNumber(list.length)} agencies loaded`);
  return { lines: lineIds.length, agencies: list, lineIds };
}

interface Row {
  workload: string;
  clients: number;
  p50: number[];
  p99: number[];
  qps: number[];
  rowsPerQuery: number;
}

export async function runFundingLedger(context: BenchContext): Promise<BenchSection> {
  const url = await freshDatabase(context.adminUrl, DATABASE);
  const sql = new NodePostgresSql({ connectionString: url, max: CONCURRENCY });
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    const started = Date.now();
    const dataset = await load(sql, context.progress);
    notes.push(
      `PostgreSQL: ${formatNumber(dataset.lines)} budget lines (${formatNumber(dataset.agencies.length)} agencies × ${YEARS.length} fiscal years × ${SOURCES.length} sources) loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const queries = new FundingQueries(sql);
    const pick = random(9);
    const year = () => YEARS[Math.floor(pick() * YEARS.length)];
    const provinces = Array.from({ length: PROVINCES }, (_, p) => `tinh-${String(p + 1).padStart(2, '0')}`);
    const workloads: { name: string; once: (i: number) => Promise<number> }[] = [
      { name: 'baseline: SELECT 1', once: async () => (await sql.query('SELECT 1')).rows.length },
      { name: 'one budget line by id', once: async () => ((await queries.line(dataset.lineIds[Math.floor(pick() * dataset.lineIds.length)])) ? 1 : 0) },
      {
        name: "one province's year, by agency and source (ledgerTotals)",
        once: async () => (await queries.totals({ fiscalYear: year(), provinceId: provinces[Math.floor(pick() * PROVINCES)] }, ['agency', 'source'])).length,
      },
      {
        name: "a directive's tasks by source, all years (directiveFunding)",
        once: async () => (await queries.totals({ directiveId: `kh-${1 + Math.floor(pick() * DIRECTIVES)}` }, ['task', 'source'])).length,
      },
      { name: 'national totals of a year, by province (ledgerTotals)', once: async () => (await queries.totals({ fiscalYear: year() }, ['province'])).length },
      { name: 'national totals, all years, by year and source', once: async () => (await queries.totals({}, ['year', 'source'])).length },
      {
        name: "one province's lines near their balance (90 %), a year",
        once: async () => (await queries.nearBalance({ fiscalYear: year(), provinceId: provinces[Math.floor(pick() * PROVINCES)] }, 90)).length,
      },
      { name: 'national lines near their balance (90 %), a year', once: async () => (await queries.nearBalance({ fiscalYear: year() }, 90)).length },
      {
        name: "reference: one province's year as lines, summed in the client",
        once: async () =>
          summariseLedger(await queries.lines({ fiscalYear: year(), provinceId: provinces[Math.floor(pick() * PROVINCES)] }), ['agency', 'source']).length,
      },
    ];
    for (const clients of [1, CONCURRENCY]) {
      for (const workload of workloads) {
        const row: Row = { workload: workload.name, clients, p50: [], p99: [], qps: [], rowsPerQuery: 0 };
        for (let run = 0; run <= context.runs; run++) {
          const result = await measure(run === 0 ? QUERIES / 5 : QUERIES, clients, workload.once);
          if (run === 0) continue;
          row.p50.push(percentile(result.millis, 50));
          row.p99.push(percentile(result.millis, 99));
          row.qps.push(result.millis.length / result.seconds);
          row.rowsPerQuery = result.rows / result.millis.length;
        }
        context.progress(`funding · ${clients} client(s) · ${workload.name}: p50 ${median(row.p50).toFixed(2)} ms, p99 ${median(row.p99).toFixed(2)} ms`);
        rows.push(row);
      }
    }
  } finally {
    await sql.close();
    await dropDatabase(context.adminUrl, DATABASE);
  }
  const ms = (values: number[]) => median(values).toFixed(2);
  return {
    title: 'Funding ledger read model (national scale)',
    markdown: [
      `Ledger totals as the GraphQL resolvers compute them for now (PostgreSQL sums the numeric columns by the summariser's keys; an as-of answer replays the log instead and is not measured here). ${formatNumber(QUERIES)} queries per run; medians of ${context.runs} runs after a warm-up. Latency in milliseconds, measured in the client. "rows/query" is the rows the answer has (groups, or lines).`,
      '',
      table(
        ['workload', 'clients', 'p50 ms', 'p99 ms', 'queries/s', 'rows/query'],
        rows.map((row) => [row.workload, String(row.clients), ms(row.p50), ms(row.p99), formatNumber(median(row.qps)), row.rowsPerQuery.toFixed(1)]),
        ['l', 'r', 'r', 'r', 'r', 'r'],
      ),
      '',
      ...notes.map((note) => `- ${note}`),
    ].join('\n'),
  };
}

export const fundingLedgerGroup: BenchGroup = {
  name: 'funding',
  summary: 'funding ledger query latency (p50/p99) at national scale: 1,000 agencies, 5 fiscal years, 15,000 budget lines',
  run: runFundingLedger,
};
