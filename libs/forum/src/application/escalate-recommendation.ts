import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, loadState, localDateAt, notFound, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { recommendationDecider } from '../domain/recommendation/recommendation.decider';
import { forumRecommendationStream } from '../domain/streams';
import { findForum, requireForum } from './forum-facts';
import { decideOnRecommendation, forumFactsOf } from './recommendation-writer';

export interface EscalateRecommendationPayload {
  recommendationId: string;
  toForumId: string;
  escalatedOn: string | null;
}

export class EscalateRecommendationCommand extends PlatformCommand<EscalateRecommendationPayload> {}

@CommandHandler(EscalateRecommendationCommand)
export class EscalateRecommendationHandler implements ICommandHandler<EscalateRecommendationCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester }: EscalateRecommendationCommand): Promise<WriteOutcome[]> {
    const { state } = await loadState(this.store, recommendationDecider, forumRecommendationStream(payload.recommendationId));
    if (state.status === 'none') throw notFound(`No recommendation ${payload.recommendationId}`);
    const forum = await requireForum(this.store, state.forumId);
    const toForum = await findForum(this.store, payload.toForumId);
    return decideOnRecommendation(
      this.store,
      {
        type: 'EscalateRecommendation',
        recommendationId: payload.recommendationId,
        forum: { ...forumFactsOf(forum), parentForumId: forum.parentForumId },
        toForum: toForum && forumFactsOf(toForum),
        escalatedOn: payload.escalatedOn ?? localDateAt(this.clock.now()),
        requester,
      },
      context,
    );
  }
}
