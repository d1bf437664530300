import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandContext } from '@cpp/eventsourcing';
import { CommandReceipts, CommandReceiptType } from '@cpp/eventsourcing/nest';
import { Actor, CurrentActor, RequestContext, RequireRoles, Writes } from '@cpp/access';
import { AnswerRecommendationCommand } from '../application/answer-recommendation';
import { EscalateRecommendationCommand } from '../application/escalate-recommendation';
import { ForwardRecommendationCommand } from '../application/forward-recommendation';
import { RaiseRecommendationCommand } from '../application/raise-recommendation';
import { ReportImplementationCommand } from '../application/report-implementation';
import {
  AnswerForumRecommendationInput,
  EscalateForumRecommendationInput,
  ForwardForumRecommendationInput,
  RaiseForumRecommendationInput,
  ReportForumImplementationInput,
} from './inputs/recommendation.inputs';
import { ANSWERING_AGENCY, FORUM_ORGANISERS } from './forum-roles';
import { requesterOf } from './requester';

/** A recommendation's way from the forum to the agency and back; which agency may do what is the recommendation's to decide. */
@Resolver()
export class RecommendationMutationsResolver {
  constructor(private readonly receipts: CommandReceipts) {}

  @Mutation(() => CommandReceiptType, { description: 'Record a recommendation a group of children raised at the forum' })
  @RequireRoles(...FORUM_ORGANISERS)
  @Writes({ forum: 'input.forumId' })
  raiseForumRecommendation(@Args('input') input: RaiseForumRecommendationInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    const { recommendationId, forumId, raisedBy, theme, text } = input;
    return this.receipts.execute(
      new RaiseRecommendationCommand({ recommendationId, forumId, raisedBy, theme, text, raisedOn: input.raisedOn ?? null }, context, requesterOf(actor)),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'Forward a recommendation to the agency that must answer it (its response obligation starts)' })
  @RequireRoles(...FORUM_ORGANISERS)
  @Writes({ 'forum-recommendation': 'input.recommendationId' })
  forwardForumRecommendation(@Args('input') input: ForwardForumRecommendationInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(
      new ForwardRecommendationCommand(
        {
          recommendationId: input.recommendationId,
          responsibleAgencyId: input.responsibleAgencyId,
          summary: input.summary ?? null,
          forwardedOn: input.forwardedOn ?? null,
        },
        context,
        requesterOf(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'The agency answers, in plain words; a reason for what it does not accept' })
  @RequireRoles(...ANSWERING_AGENCY)
  @Writes({ 'forum-recommendation-answer': 'input.recommendationId' })
  answerForumRecommendation(@Args('input') input: AnswerForumRecommendationInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(
      new AnswerRecommendationCommand(
        {
          recommendationId: input.recommendationId,
          decision: input.decision,
          answer: input.answer,
          reason: input.reason ?? null,
          answeredOn: input.answeredOn ?? null,
        },
        context,
        requesterOf(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'The agency reports what it did: implemented, continuing, or not possible with the reason' })
  @RequireRoles(...ANSWERING_AGENCY)
  @Writes({ 'forum-recommendation-answer': 'input.recommendationId' })
  reportForumImplementation(@Args('input') input: ReportForumImplementationInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(
      new ReportImplementationCommand(
        {
          recommendationId: input.recommendationId,
          status: input.status,
          note: input.note,
          reason: input.reason ?? null,
          reportedOn: input.reportedOn ?? null,
        },
        context,
        requesterOf(actor),
      ),
    );
  }

  @Mutation(() => CommandReceiptType, { description: 'Carry a recommendation to the next level’s forum' })
  @RequireRoles(...FORUM_ORGANISERS)
  @Writes({ 'forum-recommendation': 'input.recommendationId' })
  escalateForumRecommendation(@Args('input') input: EscalateForumRecommendationInput, @CurrentActor() actor: Actor, @RequestContext() context: CommandContext) {
    return this.receipts.execute(
      new EscalateRecommendationCommand(
        { recommendationId: input.recommendationId, toForumId: input.toForumId, escalatedOn: input.escalatedOn ?? null },
        context,
        requesterOf(actor),
      ),
    );
  }
}
