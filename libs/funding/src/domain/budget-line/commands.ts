import { Requester } from '@cpp/eventsourcing';
import { BudgetClassification } from '../classification/budget-classification';
import { DisclosureReport } from '../vocabulary';
import { FundedTask } from './events';

/** What the handler looked up for a new line: whether each agency it names exists, and the sections of the directive it funds. */
export interface LineFacts {
  agencies: Record<string, 'active' | 'ended' | 'unknown'>;
  /** The sections of the funded directive's tasks; null when the directive is not recorded. */
  directiveSections: string[] | null;
}

export interface ProposeEstimate {
  type: 'ProposeEstimate';
  requester: Requester;
  lineId: string;
  fiscalYear: number;
  level: string;
  agencyId: string;
  provinceId: string | null;
  financeAgencyId: string;
  treasuryAgencyId: string;
  source: { kind: string; programme: string | null; donor: string | null };
  task: FundedTask | null;
  classification: BudgetClassification;
  purpose: string;
  amount: string;
  proposedOn: string;
  facts: LineFacts;
}

interface OnLine {
  lineId: string;
  requester: Requester;
}

export type ConsolidateEstimate = OnLine & { type: 'ConsolidateEstimate'; amount: string; consolidatedOn: string };
export type DecideEstimate = OnLine & { type: 'DecideEstimate'; amount: string; resolution: string; decidedOn: string };
export type AllocateBudget = OnLine & { type: 'AllocateBudget'; entryId: string; amount: string; decision: string; allocatedOn: string };
export type AdjustAllocation = OnLine & {
  type: 'AdjustAllocation';
  entryId: string;
  direction: string;
  amount: string;
  decision: string;
  reason: string;
  adjustedOn: string;
};
export type RecordCommitment = OnLine & {
  type: 'RecordCommitment';
  entryId: string;
  amount: string;
  reference: string;
  description: string;
  committedOn: string;
};
export type ConfirmTreasuryDisbursement = OnLine & {
  type: 'ConfirmTreasuryDisbursement';
  entryId: string;
  kind: string;
  amount: string;
  treasuryReference: string;
  confirmedOn: string;
};
export type ReverseEntry = OnLine & {
  type: 'ReverseEntry';
  entryId: string;
  reversedEntryId: string;
  reason: string;
  treasuryReference: string | null;
  reversedOn: string;
};
export type CarryOverBalance = OnLine & { type: 'CarryOverBalance'; entryId: string; amount: string; legalGround: string; carriedOn: string };
export type CancelBalance = OnLine & { type: 'CancelBalance'; entryId: string; amount: string; reason: string; cancelledOn: string };
export type ApproveSettlement = OnLine & { type: 'ApproveSettlement'; settledAmount: string; decision: string; approvedOn: string };
export type PublishDisclosure = OnLine & { type: 'PublishDisclosure'; report: DisclosureReport | string; reference: string; publishedOn: string };

export type BudgetLineCommand =
  | ProposeEstimate
  | ConsolidateEstimate
  | DecideEstimate
  | AllocateBudget
  | AdjustAllocation
  | RecordCommitment
  | ConfirmTreasuryDisbursement
  | ReverseEntry
  | CarryOverBalance
  | CancelBalance
  | ApproveSettlement
  | PublishDisclosure;
