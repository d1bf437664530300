import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandContext } from '@cpp/eventsourcing';
import { CommandReceipts, CommandReceiptType } from '@cpp/eventsourcing/nest';
import { Actor, CurrentActor, RequestContext, RequireRoles, Writes } from '@cpp/access';
import { AcceptDonationCommand } from '../application/accept-donation';
import { CheckDonatedGoodsCommand } from '../application/check-donated-goods';
import { DiscloseFundUseCommand } from '../application/disclose-fund-use';
import { DistributeFromFundCommand } from '../application/distribute-from-fund';
import { OpenFundCommand } from '../application/open-fund';
import { RecordDonationCommand } from '../application/record-donation';
import { SuspendDonationCommand } from '../application/suspend-donation';
import {
  AcceptDonationInput,
  CheckDonatedGoodsInput,
  DiscloseFundUseInput,
  DistributeFromFundInput,
  OpenFundInput,
  RecordDonationInput,
  SuspendDonationInput,
} from './inputs/fund.inputs';
import { requesterOf } from './requester';

/** Finance officers record what a fund takes in and hands out; its agency's officers and the oversight roles may too. */
const BOOKKEEPERS = ['finance-officer', 'agency-officer', 'steering-committee', 'org-admin'] as const;
/** Accepting or suspending a donation is also the head's to do: the fund decides that the recorder never accepts. */
const APPROVERS = [...BOOKKEEPERS, 'agency-head'] as const;

/** Donations and the Child Protection Fund: who may record, accept, suspend and distribute is the fund's to decide. */
@Resolver()
export class FundsMutationsResolver {
  constructor(private readonly receipts: CommandReceipts) {}

  @Mutation(() => CommandReceiptType, { description: 'Open a Child Protection Fund or a donation account, under its superior agency' })
  @RequireRoles(...BOOKKEEPERS)
  @Writes({ agency: 'input.managingAgencyId', place: 'input.unitId' })
  openFund(@Args('input') input: OpenFundInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new OpenFundCommand({ ...input }, context, requesterOf(actor)));
  }

  @Mutation(() => CommandReceiptType, { description: 'A donation received, with its minute of receipt; it counts in no balance until accepted' })
  @RequireRoles(...BOOKKEEPERS)
  @Writes({ fund: 'input.fundId' })
  recordDonation(@Args('input') input: RecordDonationInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { donor } = input;
    return this.receipts.execute(
      new RecordDonationCommand(
        {
          fundId: input.fundId,
          donationId: input.donationId,
          donor: { kind: donor.kind, name: donor.name ?? null, consentToName: donor.consentToName },
          purpose: input.purpose,
          form: input.form,
          amount: input.amount ?? null,
          items: (input.items ?? []).map(({ item, quantity, unit, estimatedValue }) => ({ item, quantity, unit, estimatedValue })),
          receiptMinute: input.receiptMinute,
          receivedOn: input.receivedOn,
        },
        context,
        requesterOf(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'Accept a donation: by another officer than the one who recorded it' })
  @RequireRoles(...APPROVERS)
  @Writes({ fund: 'input.fundId' })
  acceptDonation(@Args('input') input: AcceptDonationInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new AcceptDonationCommand({ ...input }, context, requesterOf(actor)));
  }

  @Mutation(() => CommandReceiptType, { description: 'The superior agency suspends a donation' })
  @RequireRoles(...APPROVERS)
  @Writes({ fund: 'input.fundId' })
  suspendDonation(@Args('input') input: SuspendDonationInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new SuspendDonationCommand({ ...input }, context, requesterOf(actor)));
  }

  @Mutation(() => CommandReceiptType, { description: 'Check donated goods against standards and quality' })
  @RequireRoles(...BOOKKEEPERS)
  @Writes({ fund: 'input.fundId' })
  checkDonatedGoods(@Args('input') input: CheckDonatedGoodsInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new CheckDonatedGoodsCommand({ ...input, note: input.note ?? null }, context, requesterOf(actor)));
  }

  @Mutation(() => CommandReceiptType, { description: 'Distribute to a commune, facility or group (never to a named child), within the balance' })
  @RequireRoles(...BOOKKEEPERS)
  @Writes({ fund: 'input.fundId' })
  distributeFromFund(@Args('input') input: DistributeFromFundInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { recipient } = input;
    return this.receipts.execute(
      new DistributeFromFundCommand(
        {
          fundId: input.fundId,
          distributionId: input.distributionId,
          purpose: input.purpose,
          recipient: { kind: recipient.kind, recipientId: recipient.recipientId, name: recipient.name, especiallyDifficult: recipient.especiallyDifficult },
          cashAmount: input.cashAmount ?? null,
          goods: (input.goods ?? []).map(({ donationId, item, quantity }) => ({ donationId, item, quantity })),
          decision: input.decision,
          distributedOn: input.distributedOn,
        },
        context,
        requesterOf(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: "Publish a fund's receipts and use for a year or a quarter" })
  @RequireRoles(...BOOKKEEPERS)
  @Writes({ fund: 'input.fundId' })
  discloseFundUse(@Args('input') input: DiscloseFundUseInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(new DiscloseFundUseCommand({ ...input }, context, requesterOf(actor)));
  }
}
