import { Module, OnModuleInit } from '@nestjs/common';
import { FundingAccessScopes } from './graphql/funding.access';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRegistry } from '@cpp/eventsourcing/nest';
import { AcceptDonationHandler } from './application/accept-donation';
import { AdjustAllocationHandler } from './application/adjust-allocation';
import { AllocateBudgetHandler } from './application/allocate-budget';
import { ApproveSettlementHandler } from './application/approve-settlement';
import { CancelBalanceHandler } from './application/cancel-balance';
import { CarryOverBalanceHandler } from './application/carry-over-balance';
import { CheckDonatedGoodsHandler } from './application/check-donated-goods';
import { ConfirmTreasuryDisbursementHandler } from './application/confirm-treasury-disbursement';
import { ConsolidateEstimateHandler } from './application/consolidate-estimate';
import { DecideEstimateHandler } from './application/decide-estimate';
import { DiscloseFundUseHandler } from './application/disclose-fund-use';
import { DistributeFromFundHandler } from './application/distribute-from-fund';
import { OpenFundHandler } from './application/open-fund';
import { ProposeEstimateHandler } from './application/propose-estimate';
import { PublishDisclosureHandler } from './application/publish-disclosure';
import { RecordCommitmentHandler } from './application/record-commitment';
import { RecordDonationHandler } from './application/record-donation';
import { ReverseEntryHandler } from './application/reverse-entry';
import { SuspendDonationHandler } from './application/suspend-donation';
import { BudgetLinesMutationsResolver } from './graphql/budget-lines.mutations.resolver';
import { FundingQueriesResolver } from './graphql/funding.queries.resolver';
import { FundsMutationsResolver } from './graphql/funds.mutations.resolver';
import { FundingAsOfReplay } from './projections/as-of-replay';
import { FundingQueries } from './projections/funding.queries';
import { FundingReadModel } from './projections/funding.read-model';
import { fundsProjection } from './projections/funds.projection';
import { ledgerProjection } from './projections/ledger.projection';

const commandHandlers = [
  ProposeEstimateHandler,
  ConsolidateEstimateHandler,
  DecideEstimateHandler,
  AllocateBudgetHandler,
  AdjustAllocationHandler,
  RecordCommitmentHandler,
  ConfirmTreasuryDisbursementHandler,
  ReverseEntryHandler,
  CarryOverBalanceHandler,
  CancelBalanceHandler,
  ApproveSettlementHandler,
  PublishDisclosureHandler,
  OpenFundHandler,
  RecordDonationHandler,
  AcceptDonationHandler,
  SuspendDonationHandler,
  CheckDonatedGoodsHandler,
  DistributeFromFundHandler,
  DiscloseFundUseHandler,
];

@Module({
  imports: [CqrsModule],
  providers: [
    ...commandHandlers,
    FundingAccessScopes,
    FundingQueries,
    FundingAsOfReplay,
    FundingReadModel,
    FundingQueriesResolver,
    BudgetLinesMutationsResolver,
    FundsMutationsResolver,
  ],
})
export class FundingModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    this.projections.register(ledgerProjection, fundsProjection);
  }
}
