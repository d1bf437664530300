import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, loadState, localDateAt, notFound, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { findAgencyFact } from '@cpp/organizations';
import { recommendationDecider } from '../domain/recommendation/recommendation.decider';
import { forumRecommendationStream } from '../domain/streams';
import { requireForum } from './forum-facts';
import { decideOnRecommendation, forumFactsOf } from './recommendation-writer';

export interface ForwardRecommendationPayload {
  recommendationId: string;
  responsibleAgencyId: string;
  /** The recommendation as put to the agency; its own words when absent. */
  summary: string | null;
  forwardedOn: string | null;
}

/** Its RecommendationForwarded is what gives the agency a response obligation. */
export class ForwardRecommendationCommand extends PlatformCommand<ForwardRecommendationPayload> {}

@CommandHandler(ForwardRecommendationCommand)
export class ForwardRecommendationHandler implements ICommandHandler<ForwardRecommendationCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester }: ForwardRecommendationCommand): Promise<WriteOutcome[]> {
    const { state } = await loadState(this.store, recommendationDecider, forumRecommendationStream(payload.recommendationId));
    if (state.status === 'none') throw notFound(`No recommendation ${payload.recommendationId}`);
    const forum = await requireForum(this.store, state.forumId);
    const responsibleAgency = await findAgencyFact(this.store, payload.responsibleAgencyId);
    return decideOnRecommendation(
      this.store,
      {
        type: 'ForwardRecommendation',
        recommendationId: payload.recommendationId,
        forum: forumFactsOf(forum),
        responsibleAgency,
        summary: payload.summary,
        forwardedOn: payload.forwardedOn ?? localDateAt(this.clock.now()),
        requester,
      },
      context,
    );
  }
}
