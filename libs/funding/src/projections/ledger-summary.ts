import { Vnd } from '../domain/money/vnd';
import { LineView } from './views';

export const LEDGER_DIMENSIONS = ['province', 'agency', 'year', 'source', 'task'] as const;
export type LedgerDimension = (typeof LEDGER_DIMENSIONS)[number];

export interface LedgerFigures {
  lines: number;
  estimated: Vnd;
  allocated: Vnd;
  committed: Vnd;
  paid: Vnd;
  advanced: Vnd;
  carriedOver: Vnd;
  cancelled: Vnd;
  settled: Vnd;
}

export interface LedgerSummaryRow extends LedgerFigures {
  keys: Record<LedgerDimension, string | null>;
  /** Paid and advanced as a share of the allocation, in percent with two decimals; null without allocation. */
  executionRate: number | null;
}

const KEY: Record<LedgerDimension, (line: LineView) => string> = {
  province: (line) => line.provinceId ?? 'central',
  agency: (line) => line.agencyId,
  year: (line) => String(line.fiscalYear),
  source: (line) => line.source.kind,
  task: (line) => (line.task ? `${line.task.directiveId}#${line.task.section}` : 'none'),
};

/** Execution rate from exact amounts: (paid + advanced) / allocated, rounded down to 0.01 %. */
export function executionRate(figures: Pick<LedgerFigures, 'allocated' | 'paid' | 'advanced'>): number | null {
  if (figures.allocated <= 0n) return null;
  return Number(((figures.paid + figures.advanced) * 10_000n) / figures.allocated) / 100;
}

/**
 * The one definition of the ledger's totals, for the current read model and for an as-of
 * replay alike: lines grouped by the dimensions asked, each figure summed exactly.
 */
export function summariseLedger(lines: LineView[], groupBy: readonly LedgerDimension[]): LedgerSummaryRow[] {
  const groups = new Map<string, LedgerSummaryRow>();
  for (const line of lines) {
    const keys = Object.fromEntries(LEDGER_DIMENSIONS.map((dimension) => [dimension, groupBy.includes(dimension) ? KEY[dimension](line) : null])) as Record<
      LedgerDimension,
      string | null
    >;
    const id = LEDGER_DIMENSIONS.map((dimension) => keys[dimension] ?? '').join('\u0000');
    const row = groups.get(id) ?? {
      keys,
      lines: 0,
      estimated: 0n,
      allocated: 0n,
      committed: 0n,
      paid: 0n,
      advanced: 0n,
      carriedOver: 0n,
      cancelled: 0n,
      settled: 0n,
      executionRate: null,
    };
    row.lines += 1;
    row.estimated += line.estimated;
    row.allocated += line.allocated;
    row.committed += line.committed;
    row.paid += line.paid;
    row.advanced += line.advanced;
    row.carriedOver += line.carriedOver;
    row.cancelled += line.cancelled;
    row.settled += line.settled ?? 0n;
    groups.set(id, row);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => ({ ...row, executionRate: executionRate(row) }));
}

/** Lines whose commitments or spending reached the threshold share of their allocation, or went past it on an advance. */
export function nearBalance(line: LineView, thresholdPercent: number): boolean {
  const spent = line.paid + line.advanced;
  if (line.allocated === 0n) return spent > 0n;
  const threshold = BigInt(Math.round(thresholdPercent * 100));
  return line.committed * 10_000n >= threshold * line.allocated || spent * 10_000n >= threshold * line.allocated;
}

export interface CommuneDonationRow {
  recipientId: string;
  name: string;
  especiallyDifficult: boolean;
  distributions: number;
  cash: Vnd;
  goodsValue: Vnd;
  items: { item: string; unit: string; quantity: number }[];
}

/** What each commune received, cash and kind, from the distributions given. */
export function summariseCommuneDonations(
  distributions: {
    recipient: { kind: string; recipientId: string; name: string; especiallyDifficult: boolean };
    cash: Vnd;
    goodsValue: Vnd;
    goods: { item: string; unit: string; quantity: number }[];
  }[],
): CommuneDonationRow[] {
  const communes = new Map<string, CommuneDonationRow>();
  for (const distribution of distributions) {
    if (distribution.recipient.kind !== 'commune') continue;
    const { recipientId, name, especiallyDifficult } = distribution.recipient;
    const row = communes.get(recipientId) ?? { recipientId, name, especiallyDifficult, distributions: 0, cash: 0n, goodsValue: 0n, items: [] };
    row.distributions += 1;
    row.cash += distribution.cash;
    row.goodsValue += distribution.goodsValue;
    row.especiallyDifficult = row.especiallyDifficult || especiallyDifficult;
    for (const goods of distribution.goods) {
      const held = row.items.find((item) => item.item === goods.item && item.unit === goods.unit);
      if (held) held.quantity += goods.quantity;
      else row.items.push({ item: goods.item, unit: goods.unit, quantity: goods.quantity });
    }
    communes.set(recipientId, row);
  }
  return [...communes.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
