/**
 * The funding context's public surface: its published events (assignments turns budget
 * deadlines into obligations; the relay tells agency systems of allocations), the budget line
 * fact, its stream names, its module and its commands.
 */
export * from './domain/published-events';
export { budgetLineStream, fundStream } from './domain/streams';
export { findBudgetLineFact } from './domain/budget-line/line-fact';
export type { BudgetLineFact } from './domain/budget-line/line-fact';
export { FundingModule } from './funding.module';
/** Commands, for the platform's entry points (GraphQL, ingest, demo data), not for other contexts. */
export { ProposeEstimateCommand } from './application/propose-estimate';
export { ConsolidateEstimateCommand } from './application/consolidate-estimate';
export { DecideEstimateCommand } from './application/decide-estimate';
export { AllocateBudgetCommand } from './application/allocate-budget';
export { AdjustAllocationCommand } from './application/adjust-allocation';
export { RecordCommitmentCommand } from './application/record-commitment';
export { ConfirmTreasuryDisbursementCommand } from './application/confirm-treasury-disbursement';
export { ReverseEntryCommand } from './application/reverse-entry';
export { CarryOverBalanceCommand } from './application/carry-over-balance';
export { CancelBalanceCommand } from './application/cancel-balance';
export { ApproveSettlementCommand } from './application/approve-settlement';
export { PublishDisclosureCommand } from './application/publish-disclosure';
export { OpenFundCommand } from './application/open-fund';
export { RecordDonationCommand } from './application/record-donation';
export { AcceptDonationCommand } from './application/accept-donation';
export { SuspendDonationCommand } from './application/suspend-donation';
export { CheckDonatedGoodsCommand } from './application/check-donated-goods';
export { DistributeFromFundCommand } from './application/distribute-from-fund';
export { DiscloseFundUseCommand } from './application/disclose-fund-use';
