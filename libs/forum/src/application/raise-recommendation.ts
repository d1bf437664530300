import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, localDateAt, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { requireForum } from './forum-facts';
import { decideOnRecommendation, forumFactsOf } from './recommendation-writer';

export interface RaiseRecommendationPayload {
  recommendationId: string;
  forumId: string;
  raisedBy: string;
  theme: string;
  text: string;
  /** The forum's day when absent. */
  raisedOn: string | null;
}

export class RaiseRecommendationCommand extends PlatformCommand<RaiseRecommendationPayload> {}

@CommandHandler(RaiseRecommendationCommand)
export class RaiseRecommendationHandler implements ICommandHandler<RaiseRecommendationCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester }: RaiseRecommendationCommand): Promise<WriteOutcome[]> {
    const forum = await requireForum(this.store, payload.forumId);
    const { recommendationId, raisedBy, theme, text } = payload;
    const raisedOn = payload.raisedOn ?? (forum.heldOn <= localDateAt(this.clock.now()) ? forum.heldOn : localDateAt(this.clock.now()));
    return decideOnRecommendation(
      this.store,
      { type: 'RaiseRecommendation', recommendationId, forum: forumFactsOf(forum), raisedBy, theme, text, raisedOn, requester },
      context,
    );
  }
}
