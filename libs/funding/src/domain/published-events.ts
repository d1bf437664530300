/**
 * The funding context's contract with other contexts and the relay: the facts of the budget
 * cycle an agency owes something for (assignments turns their deadlines into obligations) and
 * the allocations and Treasury confirmations agency systems are told about. Donations stay
 * inside the context: they are read through its own read models.
 */
import type {
  AllocationAdjusted,
  BalanceCancelled,
  BalanceCarriedOver,
  BudgetAllocated,
  BudgetDisclosurePublished,
  BudgetEstimateDecided,
  LedgerEntryReversed,
  SettlementApproved,
  TreasuryDisbursementConfirmed,
} from './budget-line/events';

export type {
  AllocationAdjusted,
  BalanceCancelled,
  BalanceCarriedOver,
  BudgetAllocated,
  BudgetDisclosurePublished,
  BudgetEstimateDecided,
  LedgerEntryReversed,
  SettlementApproved,
  TreasuryDisbursementConfirmed,
};
export type { DisclosureReport, BudgetLevel, FundingSource } from './vocabulary';

export type FundingPublishedEvent =
  | BudgetEstimateDecided
  | BudgetAllocated
  | AllocationAdjusted
  | TreasuryDisbursementConfirmed
  | LedgerEntryReversed
  | BalanceCarriedOver
  | BalanceCancelled
  | SettlementApproved
  | BudgetDisclosurePublished;

export const FUNDING_PUBLISHED_EVENT_TYPES = [
  'BudgetEstimateDecided',
  'BudgetAllocated',
  'AllocationAdjusted',
  'TreasuryDisbursementConfirmed',
  'LedgerEntryReversed',
  'BalanceCarriedOver',
  'BalanceCancelled',
  'SettlementApproved',
  'BudgetDisclosurePublished',
] as const satisfies readonly FundingPublishedEvent['type'][];
