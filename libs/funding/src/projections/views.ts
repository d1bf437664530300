import { BudgetClassification } from '../domain/classification/budget-classification';
import { FundedTask, LineSource, Recipient } from '../domain/events';
import { BudgetLine } from '../domain/budget-line/state';
import { Vnd } from '../domain/money/vnd';

/** A budget line as the read side shows it; amounts are exact bigints. */
export interface LineView {
  lineId: string;
  fiscalYear: number;
  level: string;
  agencyId: string;
  provinceId: string | null;
  financeAgencyId: string;
  treasuryAgencyId: string;
  source: LineSource;
  task: FundedTask | null;
  classification: BudgetClassification;
  purpose: string;
  status: string;
  estimated: Vnd;
  decided: Vnd | null;
  allocated: Vnd;
  committed: Vnd;
  paid: Vnd;
  advanced: Vnd;
  carriedOver: Vnd;
  cancelled: Vnd;
  settled: Vnd | null;
  disclosures: string[];
}

export function lineViewOf(line: BudgetLine): LineView {
  const { entries, treasuryReferences, ...view } = line;
  void entries;
  void treasuryReferences;
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
