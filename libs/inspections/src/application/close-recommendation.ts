import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export interface CloseRecommendationPayload {
  inspectionId: string;
  recommendationId: string;
  verification: string;
  closedOn: string | null;
}

export class CloseRecommendationCommand extends PlatformCommand<CloseRecommendationPayload> {}

/** The team found the corrective action effective. */
@CommandHandler(CloseRecommendationCommand)
export class CloseRecommendationHandler implements ICommandHandler<CloseRecommendationCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ payload, requester, context }: CloseRecommendationCommand): Promise<WriteOutcome[]> {
    return decideOnInspection(
      this.store,
      { type: 'CloseRecommendation', ...payload, closedOn: dateOrToday(payload.closedOn, this.clock), by: requester },
      context,
    );
  }
}
