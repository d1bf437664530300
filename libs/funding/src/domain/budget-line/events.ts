/**
 * A budget line's life (State Budget Law 89/2025/QH15): estimate, decision, allocation to the
 * spending unit, commitments, what the State Treasury confirms it paid, carry-over or
 * cancellation at year end, settlement and publication. Amounts are integer đồng written as
 * decimal strings; dates are local dates in Vietnam (YYYY-MM-DD).
 */
import { DomainEvent } from '@cpp/eventsourcing';
import { BudgetClassification } from '../classification/budget-classification';
import { BudgetLevel, DisclosureReport, FundingSource } from '../vocabulary';

export interface LineSource {
  kind: FundingSource;
  /** For a target programme: its name as approved, e.g. "Chương trình MTQG giảm nghèo bền vững". */
  programme: string | null;
  /** For aid: the donor, e.g. "UNICEF". */
  donor: string | null;
}

/** The directive task the line funds, e.g. the Sóc Trăng plan's section II.5.b. */
export interface FundedTask {
  directiveId: string;
  section: string;
}

export type BudgetEstimateProposed = DomainEvent<
  'BudgetEstimateProposed',
  {
    lineId: string;
    fiscalYear: number;
    level: BudgetLevel;
    /** The spending unit (đơn vị sử dụng ngân sách). */
    agencyId: string;
    /** The province the line belongs to; null for a central line. */
    provinceId: string | null;
    /** The finance agency that consolidates and allocates (Sở Tài chính, Bộ Tài chính). */
    financeAgencyId: string;
    /** The State Treasury office where the unit holds its account: the one that confirms payments. */
    treasuryAgencyId: string;
    source: LineSource;
    task: FundedTask | null;
    classification: BudgetClassification;
    purpose: string;
    amount: string;
    proposedOn: string;
  }
>;
/** The finance agency took the estimate into the budget it submits (tổng hợp dự toán). */
export type BudgetEstimateConsolidated = DomainEvent<'BudgetEstimateConsolidated', { lineId: string; amount: string; consolidatedOn: string }>;
/** The People's Council (HĐND) decided the budget, with this line's amount, by its resolution. */
export type BudgetEstimateDecided = DomainEvent<'BudgetEstimateDecided', { lineId: string; amount: string; resolution: string; decidedOn: string }>;
/** The estimate assigned to the spending unit (giao dự toán), by a decision. */
export type BudgetAllocated = DomainEvent<'BudgetAllocated', { lineId: string; entryId: string; amount: string; decision: string; allocatedOn: string }>;
/** A supplement (bổ sung) or a reduction (điều chỉnh giảm) of the allocation, with its decision. */
export type AllocationAdjusted = DomainEvent<
  'AllocationAdjusted',
  { lineId: string; entryId: string; direction: 'supplement' | 'reduction'; amount: string; decision: string; reason: string; adjustedOn: string }
>;
/** A contract or order the unit committed against its allocation (cam kết chi). */
export type CommitmentRecorded = DomainEvent<
  'CommitmentRecorded',
  { lineId: string; entryId: string; amount: string; reference: string; description: string; committedOn: string }
>;
/**
 * The State Treasury confirmed it paid (or advanced, tạm ứng / ứng trước) from the line.
 * The platform records what the Treasury reports and never originates a payment.
 */
export type TreasuryDisbursementConfirmed = DomainEvent<
  'TreasuryDisbursementConfirmed',
  { lineId: string; entryId: string; kind: 'payment' | 'advance'; amount: string; treasuryReference: string; confirmedOn: string }
>;
/** A correction: an entry reversed by a new entry of opposite effect; the original stays. */
export type LedgerEntryReversed = DomainEvent<
  'LedgerEntryReversed',
  {
    lineId: string;
    entryId: string;
    reversedEntryId: string;
    reversedKind: ReversibleKind;
    amount: string;
    reason: string;
    treasuryReference: string | null;
    reversedOn: string;
  }
>;
/** Unspent allocation carried to the next year (chuyển nguồn), on its legal ground. */
export type BalanceCarriedOver = DomainEvent<
  'BalanceCarriedOver',
  { lineId: string; entryId: string; amount: string; toFiscalYear: number; legalGround: string; carriedOn: string }
>;
/** Unspent allocation cancelled (hủy dự toán) at year end. */
export type BalanceCancelled = DomainEvent<'BalanceCancelled', { lineId: string; entryId: string; amount: string; reason: string; cancelledOn: string }>;
/** The final settlement (quyết toán) approved. */
export type SettlementApproved = DomainEvent<'SettlementApproved', { lineId: string; settledAmount: string; decision: string; approvedOn: string }>;
/** A figure made public (công khai): the estimate, execution at 3/6/9/12 months or the settlement. */
export type BudgetDisclosurePublished = DomainEvent<
  'BudgetDisclosurePublished',
  { lineId: string; report: DisclosureReport; reference: string; publishedOn: string }
>;

export type ReversibleKind = 'allocation' | 'supplement' | 'reduction' | 'commitment' | 'payment' | 'advance';

export type BudgetLineEvent =
  | BudgetEstimateProposed
  | BudgetEstimateConsolidated
  | BudgetEstimateDecided
  | BudgetAllocated
  | AllocationAdjusted
  | CommitmentRecorded
  | TreasuryDisbursementConfirmed
  | LedgerEntryReversed
  | BalanceCarriedOver
  | BalanceCancelled
  | SettlementApproved
  | BudgetDisclosurePublished;

export const BUDGET_LINE_EVENT_TYPES = [
  'BudgetEstimateProposed',
  'BudgetEstimateConsolidated',
  'BudgetEstimateDecided',
  'BudgetAllocated',
  'AllocationAdjusted',
  'CommitmentRecorded',
  'TreasuryDisbursementConfirmed',
  'LedgerEntryReversed',
  'BalanceCarriedOver',
  'BalanceCancelled',
  'SettlementApproved',
  'BudgetDisclosurePublished',
] as const satisfies readonly BudgetLineEvent['type'][];
