import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export interface ReopenRecommendationPayload {
  inspectionId: string;
  recommendationId: string;
  reason: string;
  newDueDate: string;
  reopenedOn: string | null;
}

export class ReopenRecommendationCommand extends PlatformCommand<ReopenRecommendationPayload> {}

/** The corrective action did not hold: the agency owes it again, by a new deadline. */
@CommandHandler(ReopenRecommendationCommand)
export class ReopenRecommendationHandler implements ICommandHandler<ReopenRecommendationCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ payload, requester, context }: ReopenRecommendationCommand): Promise<WriteOutcome[]> {
    return decideOnInspection(
      this.store,
      { type: 'ReopenRecommendation', ...payload, reopenedOn: dateOrToday(payload.reopenedOn, this.clock), by: requester },
      context,
    );
  }
}
