import { Inject, Injectable } from '@nestjs/common';
import { Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { executionRate, LEDGER_DIMENSIONS, LedgerDimension, LedgerSummaryRow } from './ledger-summary';
import { LineFilter, lineWhere } from './line-filter';
import { DistributionView, LineView } from './views';

const LINE_COLUMNS = `l.line_id, l.fiscal_year, l.level, l.agency_id, l.province_id, l.finance_agency_id, l.treasury_agency_id, l.source_kind, l.programme, l.donor,
  l.directive_id, l.task_section, l.classification, l.purpose, l.status, l.estimated::text AS estimated, l.decided::text AS decided, l.allocated::text AS allocated,
  l.committed::text AS committed, l.paid::text AS paid, l.advanced::text AS advanced, l.carried_over::text AS carried_over, l.cancelled::text AS cancelled,
  l.settled::text AS settled, l.disclosures`;

/** The grouping keys, as `summariseLedger` computes them. */
const KEY_SQL: Record<LedgerDimension, string> = {
  province: `coalesce(l.province_id, 'central')`,
  agency: 'l.agency_id',
  year: 'l.fiscal_year::text',
  source: 'l.source_kind',
  task: `CASE WHEN l.directive_id IS NULL THEN 'none' ELSE l.directive_id || '#' || l.task_section END`,
};

const big = (value: string | null): bigint | null => (value === null ? null : BigInt(value));
const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export interface LedgerEntryView {
  entryId: string;
  kind: string;
  amount: bigint;
  reference: string | null;
  enteredOn: string;
  reversesEntryId: string | null;
  reversed: boolean;
}

export interface FundView {
  fundId: string;
  name: string;
  kind: string;
  managingAgencyId: string;
  superiorAgencyId: string;
  unitId: string;
  disclosedPeriods: string[];
  balances: { purpose: string; cash: bigint }[];
}

export interface DonationView {
  donationId: string;
  donorKind: string;
  donorName: string | null;
  purpose: string;
  form: string;
  amount: bigint | null;
  estimatedValue: bigint;
  items: { item: string; quantity: number; unit: string; estimatedValue: string }[];
  receiptMinute: string;
  receivedOn: string;
  status: string;
  quality: string | null;
}

/** The funding read models: budget lines and their entries, funds, donations and distributions. */
@Injectable()
export class FundingQueries {
  constructor(@Inject(READ_MODEL_SQL) private readonly sql: Sql) {}

  async lines(filter: LineFilter): Promise<LineView[]> {
    const { where, params } = lineWhere(filter);
    const result = await this.sql.query<Record<string, any>>(`SELECT ${LINE_COLUMNS} FROM funding_budget_lines l ${where} ORDER BY l.line_id`, params);
    return result.rows.map(toLine);
  }

  /**
   * The ledger's totals summed by the database: the same grouping keys and sums as
   * `summariseLedger` (a spec runs both on the same lines), without shipping every line.
   */
  async totals(filter: LineFilter, groupBy: readonly LedgerDimension[]): Promise<LedgerSummaryRow[]> {
    const { where, params } = lineWhere(filter);
    const keys = LEDGER_DIMENSIONS.map((dimension) => (groupBy.includes(dimension) ? `${KEY_SQL[dimension]} AS ${dimension}` : `NULL::text AS ${dimension}`));
    const grouped = LEDGER_DIMENSIONS.filter((dimension) => groupBy.includes(dimension));
    const result = await this.sql.query<Record<string, any>>(
      `SELECT ${keys.join(', ')}, count(*)::int AS lines, sum(l.estimated)::text AS estimated, sum(l.allocated)::text AS allocated, sum(l.committed)::text AS committed,
         sum(l.paid)::text AS paid, sum(l.advanced)::text AS advanced, sum(l.carried_over)::text AS carried_over, sum(l.cancelled)::text AS cancelled,
         coalesce(sum(l.settled), 0)::text AS settled
       FROM funding_budget_lines l ${where} ${grouped.length ? `GROUP BY ${grouped.map((dimension) => KEY_SQL[dimension]).join(', ')}` : ''} HAVING count(*) > 0`,
      params,
    );
    const rows = result.rows.map((row) => {
      const figures = {
        lines: row.lines,
        estimated: BigInt(row.estimated),
        allocated: BigInt(row.allocated),
        committed: BigInt(row.committed),
        paid: BigInt(row.paid),
        advanced: BigInt(row.advanced),
        carriedOver: BigInt(row.carried_over),
        cancelled: BigInt(row.cancelled),
        settled: BigInt(row.settled),
      };
      const keyOf = Object.fromEntries(LEDGER_DIMENSIONS.map((dimension) => [dimension, row[dimension] === null ? null : String(row[dimension])])) as Record<
        LedgerDimension,
        string | null
      >;
      return { keys: keyOf, ...figures, executionRate: executionRate(figures) };
    });
    const id = (row: LedgerSummaryRow) => LEDGER_DIMENSIONS.map((dimension) => row.keys[dimension] ?? '').join('\u0000');
    return rows.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  }

  /** Lines near or over their balance, by the rule of `nearBalance` (a spec runs both on the same lines). */
  async nearBalance(filter: LineFilter, thresholdPercent: number): Promise<LineView[]> {
    const { where, params } = lineWhere(filter);
    const threshold = `$${params.push(Math.round(thresholdPercent * 100))}::numeric`;
    const near = `((l.allocated = 0 AND l.paid + l.advanced > 0) OR (l.allocated > 0 AND (l.committed * 10000 >= ${threshold} * l.allocated OR (l.paid + l.advanced) * 10000 >= ${threshold} * l.allocated)))`;
    const result = await this.sql.query<Record<string, any>>(
      `SELECT ${LINE_COLUMNS} FROM funding_budget_lines l ${where ? `${where} AND` : 'WHERE'} ${near} ORDER BY l.line_id`,
      params,
    );
    return result.rows.map(toLine);
  }

  async line(lineId: string): Promise<LineView | null> {
    const result = await this.sql.query<Record<string, any>>(`SELECT ${LINE_COLUMNS} FROM funding_budget_lines l WHERE l.line_id = $1`, [lineId]);
    return result.rows.length ? toLine(result.rows[0]) : null;
  }

  async entries(lineId: string): Promise<LedgerEntryView[]> {
    const result = await this.sql.query<Record<string, any>>(
      `SELECT entry_id, kind, amount::text AS amount, reference, entered_on::text AS entered_on, reverses_entry_id, reversed FROM funding_ledger_entries WHERE line_id = $1 ORDER BY position`,
      [lineId],
    );
    return result.rows.map((row) => ({
      entryId: row.entry_id,
      kind: row.kind,
      amount: BigInt(row.amount),
      reference: row.reference,
      enteredOn: row.entered_on,
      reversesEntryId: row.reverses_entry_id,
      reversed: row.reversed,
    }));
  }

  async funds(): Promise<FundView[]> {
    const funds = await this.sql.query<Record<string, any>>('SELECT * FROM funding_funds ORDER BY fund_id');
    const balances = await this.sql.query<Record<string, any>>(
      'SELECT fund_id, purpose, cash::text AS cash FROM funding_fund_balances ORDER BY fund_id, purpose',
    );
    return funds.rows.map((row) => ({
      fundId: row.fund_id,
      name: row.name,
      kind: row.kind,
      managingAgencyId: row.managing_agency_id,
      superiorAgencyId: row.superior_agency_id,
      unitId: row.unit_id,
      disclosedPeriods: json<string[]>(row.disclosed_periods),
      balances: balances.rows.filter((balance) => balance.fund_id === row.fund_id).map((balance) => ({ purpose: balance.purpose, cash: BigInt(balance.cash) })),
    }));
  }

  async donations(fundId: string): Promise<DonationView[]> {
    const result = await this.sql.query<Record<string, any>>(
      `SELECT donation_id, donor_kind, donor_name, purpose, form, amount::text AS amount, estimated_value::text AS estimated_value, items, receipt_minute, received_on::text AS received_on, status, quality
       FROM funding_donations WHERE fund_id = $1 ORDER BY received_on, donation_id`,
      [fundId],
    );
    return result.rows.map((row) => ({
      donationId: row.donation_id,
      donorKind: row.donor_kind,
      donorName: row.donor_name,
      purpose: row.purpose,
      form: row.form,
      amount: big(row.amount),
      estimatedValue: BigInt(row.estimated_value),
      items: json(row.items),
      receiptMinute: row.receipt_minute,
      receivedOn: row.received_on,
      status: row.status,
      quality: row.quality,
    }));
  }

  async distributions(filter: { year?: number | null; fundId?: string | null }): Promise<DistributionView[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.year) where.push(`extract(year FROM distributed_on) = $${params.push(filter.year)}`);
    if (filter.fundId) where.push(`fund_id = $${params.push(filter.fundId)}`);
    const result = await this.sql.query<Record<string, any>>(
      `SELECT fund_id, distribution_id, purpose, recipient_kind, recipient_id, recipient_name, especially_difficult, cash::text AS cash, goods_value::text AS goods_value, goods, distributed_on::text AS distributed_on
       FROM funding_distributions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY distributed_on, fund_id, distribution_id`,
      params,
    );
    return result.rows.map((row) => ({
      fundId: row.fund_id,
      distributionId: row.distribution_id,
      purpose: row.purpose,
      recipient: { kind: row.recipient_kind, recipientId: row.recipient_id, name: row.recipient_name, especiallyDifficult: row.especially_difficult },
      cash: BigInt(row.cash),
      goodsValue: BigInt(row.goods_value),
      goods: json(row.goods),
      distributedOn: row.distributed_on,
    }));
  }
}

function toLine(row: Record<string, any>): LineView {
  return {
    lineId: row.line_id,
    fiscalYear: row.fiscal_year,
    level: row.level,
    agencyId: row.agency_id,
    provinceId: row.province_id,
    financeAgencyId: row.finance_agency_id,
    treasuryAgencyId: row.treasury_agency_id,
    source: { kind: row.source_kind, programme: row.programme, donor: row.donor },
    task: row.directive_id ? { directiveId: row.directive_id, section: row.task_section } : null,
    classification: json(row.classification),
    purpose: row.purpose,
    status: row.status,
    estimated: BigInt(row.estimated),
    decided: big(row.decided),
    allocated: BigInt(row.allocated),
    committed: BigInt(row.committed),
    paid: BigInt(row.paid),
    advanced: BigInt(row.advanced),
    carriedOver: BigInt(row.carried_over),
    cancelled: BigInt(row.cancelled),
    settled: big(row.settled),
    disclosures: json(row.disclosures),
  };
}
