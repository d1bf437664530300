import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandContext } from '@cpp/eventsourcing';
import { CommandReceipts, CommandReceiptType } from '@cpp/eventsourcing/nest';
import { Actor, CurrentActor, RequestContext, RequireRoles, Writes } from '@cpp/access';
import { AdjustAllocationCommand } from '../application/adjust-allocation';
import { AllocateBudgetCommand } from '../application/allocate-budget';
import { ApproveSettlementCommand } from '../application/approve-settlement';
import { CancelBalanceCommand } from '../application/cancel-balance';
import { CarryOverBalanceCommand } from '../application/carry-over-balance';
import { ConfirmTreasuryDisbursementCommand } from '../application/confirm-treasury-disbursement';
import { ConsolidateEstimateCommand } from '../application/consolidate-estimate';
import { DecideEstimateCommand } from '../application/decide-estimate';
import { ProposeEstimateCommand } from '../application/propose-estimate';
import { PublishDisclosureCommand } from '../application/publish-disclosure';
import { RecordCommitmentCommand } from '../application/record-commitment';
import { ReverseEntryCommand } from '../application/reverse-entry';
import {
  AdjustAllocationInput,
  AllocateBudgetInput,
  ApproveSettlementInput,
  CancelBalanceInput,
  CarryOverBalanceInput,
  ConfirmTreasuryDisbursementInput,
  ConsolidateBudgetEstimateInput,
  DecideBudgetEstimateInput,
  ProposeBudgetEstimateInput,
  PublishBudgetDisclosureInput,
  RecordCommitmentInput,
  ReverseLedgerEntryInput,
} from './inputs/budget-line.inputs';
import { requesterOf } from './requester';

/** Finance officers keep their agency's books; its officers and the oversight roles may also enter on a line. */
const BOOKKEEPERS = ['finance-officer', 'agency-officer', 'steering-committee', 'org-admin'] as const;

/**
 * The budget cycle of a line. Roles open the door; whose act each step is (the spending unit,
 * the finance agency, the Treasury) is decided by the line itself.
 */
@Resolver()
export class BudgetLinesMutationsResolver {
  constructor(private readonly receipts: CommandReceipts) {}

  @Mutation(() => CommandReceiptType, { description: 'A spending unit proposes its estimate for a fiscal year (lập dự toán)' })
  @RequireRoles(...BOOKKEEPERS)
  @Writes({ agency: 'input.agencyId' })
  proposeBudgetEstimate(@Args('input') input: ProposeBudgetEstimateInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { source, task, classification } = input;
    return this.receipts.execute(
      new ProposeEstimateCommand(
        {
          lineId: input.lineId,
          fiscalYear: input.fiscalYear,
          level: input.level,
          agencyId: input.agencyId,
          provinceId: input.provinceId ?? null,
          financeAgencyId: input.financeAgencyId,
          treasuryAgencyId: input.treasuryAgencyId,
          source: { kind: source.kind, programme: source.programme ?? null, donor: source.donor ?? null },
          task: task ? { directiveId: task.directiveId, section: task.section } : null,
          classification: { version: classification.version, chapter: classification.chapter, function: classification.function, item: classification.item },
          purpose: input.purpose,
          amount: input.amount,
          proposedOn: input.proposedOn,
        },
        context,
        requesterOf(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'The finance agency consolidates the estimate (tổng hợp dự toán)' })
  @RequireRoles(...BOOKKEEPERS)
  @Writes({ 'budget-line': 'input.lineId' })
  consolidateBudgetEstimate(@Args('input') input: ConsolidateBudgetEstimateInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new ConsolidateEstimateCommand({ ...input }, context, requesterOf(actor)));
  }

  @Mutation(() => CommandReceiptType, { description: "The People's Council's decision on the line, recorded by the finance agency" })
  @RequireRoles(...BOOKKEEPERS)
  @Writes({ 'budget-line': 'input.lineId' })
  decideBudgetEstimate(@Args('input') input: DecideBudgetEstimateInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new DecideEstimateCommand({ ...input }, context, requesterOf(actor)));
  }

  @Mutation(() => CommandReceiptType, { description: 'Giao dự toán: the decided estimate allocated to the spending unit' })
  @RequireRoles(...BOOKKEEPERS)
  @Writes({ 'budget-line': 'input.lineId' })
  allocateBudget(@Args('input') input: AllocateBudgetInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new AllocateBudgetCommand({ ...input }, context, requesterOf(actor)));
  }

  @Mutation(() => CommandReceiptType, { description: 'A supplement or reduction of an allocation, by its decision' })
  @RequireRoles(...BOOKKEEPERS)
  @Writes({ 'budget-line': 'input.lineId' })
  adjustAllocation(@Args('input') input: AdjustAllocationInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new AdjustAllocationCommand({ ...input }, context, requesterOf(actor)));
  }

  @Mutation(() => CommandReceiptType, { description: 'A commitment against the allocation: never above the uncommitted balance' })
  @RequireRoles(...BOOKKEEPERS)
  @Writes({ 'budget-line': 'input.lineId' })
  recordCommitment(@Args('input') input: RecordCommitmentInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new RecordCommitmentCommand({ ...input }, context, requesterOf(actor)));
  }

  @Mutation(() => CommandReceiptType, {
    description: "A payment or advance the State Treasury confirms (its finance system's integration account); the platform never originates one",
  })
  @RequireRoles('integration')
  @Writes({ 'budget-line': 'input.lineId' })
  confirmTreasuryDisbursement(@Args('input') input: ConfirmTreasuryDisbursementInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new ConfirmTreasuryDisbursementCommand({ ...input }, context, requesterOf(actor)));
  }

  @Mutation(() => CommandReceiptType, { description: 'A correction: the reversing entry of an earlier one, which stays in the ledger' })
  @RequireRoles(...BOOKKEEPERS, 'integration')
  @Writes({ 'budget-line': 'input.lineId' })
  reverseLedgerEntry(@Args('input') input: ReverseLedgerEntryInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new ReverseEntryCommand({ ...input, treasuryReference: input.treasuryReference ?? null }, context, requesterOf(actor)));
  }

  @Mutation(() => CommandReceiptType, { description: 'Unspent allocation carried to the next year (chuyển nguồn), on its legal ground' })
  @RequireRoles(...BOOKKEEPERS)
  @Writes({ 'budget-line': 'input.lineId' })
  carryOverBalance(@Args('input') input: CarryOverBalanceInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new CarryOverBalanceCommand({ ...input }, context, requesterOf(actor)));
  }

  @Mutation(() => CommandReceiptType, { description: 'Unspent allocation cancelled (hủy dự toán)' })
  @RequireRoles(...BOOKKEEPERS)
  @Writes({ 'budget-line': 'input.lineId' })
  cancelBalance(@Args('input') input: CancelBalanceInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new CancelBalanceCommand({ ...input }, context, requesterOf(actor)));
  }

  @Mutation(() => CommandReceiptType, { description: 'The final settlement (quyết toán) approved' })
  @RequireRoles(...BOOKKEEPERS)
  @Writes({ 'budget-line': 'input.lineId' })
  approveSettlement(@Args('input') input: ApproveSettlementInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new ApproveSettlementCommand({ ...input }, context, requesterOf(actor)));
  }

  @Mutation(() => CommandReceiptType, { description: 'Public disclosure (công khai) of the estimate, execution at 3/6/9/12 months, or the settlement' })
  @RequireRoles(...BOOKKEEPERS)
  @Writes({ 'budget-line': 'input.lineId' })
  publishBudgetDisclosure(@Args('input') input: PublishBudgetDisclosureInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new PublishDisclosureCommand({ ...input }, context, requesterOf(actor)));
  }
}
