import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandContext } from '@cpp/eventsourcing';
import { CommandReceipts, CommandReceiptType } from '@cpp/eventsourcing/nest';
import { Actor, CurrentActor, RequestContext, RequireRoles, Writes } from '@cpp/access';
import { GiveDelegateConsentCommand } from '../application/give-delegate-consent';
import { RecordDelegatePersonalDetailsCommand } from '../application/record-delegate-personal-details';
import { SelectDelegateCommand } from '../application/select-delegate';
import { WithdrawDelegateConsentCommand } from '../application/withdraw-delegate-consent';
import { AgeBand, Sex } from '../domain/vocabulary';
import { GiveDelegateConsentInput, RecordDelegatePersonalDetailsInput, SelectDelegateInput, WithdrawDelegateConsentInput } from './inputs/delegate.inputs';
import { FORUM_ORGANISERS } from './forum-roles';
import { requesterOf } from './requester';

@Resolver()
export class DelegateMutationsResolver {
  constructor(private readonly receipts: CommandReceipts) {}

  @Mutation(() => CommandReceiptType, { description: 'Record a delegate chosen for the next level’s forum, pseudonymously' })
  @RequireRoles(...FORUM_ORGANISERS)
  @Writes({ forum: 'input.forumId' })
  selectForumDelegate(@Args('input') input: SelectDelegateInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { delegateId, forumId, ethnicity, localityUnitId, selectingBody, consentReference } = input;
    return this.receipts.execute(
      new SelectDelegateCommand(
        {
          delegateId,
          forumId,
          ageBand: input.ageBand as AgeBand,
          sex: input.sex as Sex,
          ethnicity,
          localityUnitId,
          selectingBody,
          consentReference,
          selectedOn: input.selectedOn ?? null,
        },
        context,
        requesterOf(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'The child’s (from 7) or the parent’s or guardian’s consent, with its form' })
  @RequireRoles(...FORUM_ORGANISERS)
  @Writes({ 'forum-delegate': 'input.delegateId' })
  giveForumDelegateConsent(@Args('input') input: GiveDelegateConsentInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(
      new GiveDelegateConsentCommand(
        { delegateId: input.delegateId, givenBy: input.givenBy, consentReference: input.consentReference, givenOn: input.givenOn ?? null },
        context,
        requesterOf(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'Name and school, sealed under the delegate’s own key; refused without both consents' })
  @RequireRoles(...FORUM_ORGANISERS)
  @Writes({ 'forum-delegate': 'input.delegateId' })
  recordForumDelegatePersonalDetails(
    @Args('input') input: RecordDelegatePersonalDetailsInput,
    @CurrentActor() actor: Actor,
    @RequestContext() context: CommandContext,
  ) {
    return this.receipts.execute(
      new RecordDelegatePersonalDetailsCommand(
        { delegateId: input.delegateId, name: input.name ?? null, school: input.school ?? null },
        context,
        requesterOf(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'The child or the guardian withdraws consent: the delegate’s personal data is erased' })
  @RequireRoles(...FORUM_ORGANISERS, 'agency-officer')
  @Writes({ 'forum-delegate': 'input.delegateId' })
  withdrawForumDelegateConsent(@Args('input') input: WithdrawDelegateConsentInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(
      new WithdrawDelegateConsentCommand(
        { delegateId: input.delegateId, withdrawnBy: input.withdrawnBy, withdrawnOn: input.withdrawnOn ?? null },
        context,
        requesterOf(actor),
      ),
    );
  }
}
