import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, localDateAt, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { decideOnRecommendation } from './recommendation-writer';
import { successorsOfResponsibleAgency } from './successors';

export interface AnswerRecommendationPayload {
  recommendationId: string;
  decision: string;
  answer: string;
  reason: string | null;
  answeredOn: string | null;
}

export class AnswerRecommendationCommand extends PlatformCommand<AnswerRecommendationPayload> {}

@CommandHandler(AnswerRecommendationCommand)
export class AnswerRecommendationHandler implements ICommandHandler<AnswerRecommendationCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester }: AnswerRecommendationCommand): Promise<WriteOutcome[]> {
    const today = localDateAt(this.clock.now());
    const successorAgencyIds = await successorsOfResponsibleAgency(this.store, payload.recommendationId);
    return decideOnRecommendation(
      this.store,
      { type: 'AnswerRecommendation', ...payload, answeredOn: payload.answeredOn ?? today, today, successorAgencyIds, requester },
      context,
    );
  }
}
