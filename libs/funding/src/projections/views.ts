import { Recipient } from '../domain/events';
import { BudgetLine } from '../domain/budget-line/state';
import { Vnd } from '../domain/money/vnd';

/** A budget line as the read side shows it: the decider's state without its ledger bookkeeping; amounts are exact bigints. */
export type LineView = Omit<BudgetLine, 'entries' | 'treasuryReferences'>;

export function lineViewOf(line: BudgetLine): LineView {
  const { entries: _entries, treasuryReferences: _references, ...view } = line;
  return view;
}

/** A distribution as the read side shows it: to whom, cash and the value of goods. */
export interface DistributionView {
  fundId: string;
  distributionId: string;
  purpose: string;
  recipient: Recipient;
  cash: Vnd;
  goodsValue: Vnd;
  goods: { donationId: string; item: string; quantity: number; unit: string; value: string }[];
  distributedOn: string;
}
