import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, localDateAt, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { decideOnRecommendation } from './recommendation-writer';
import { successorsOfResponsibleAgency } from './successors';

export interface ReportImplementationPayload {
  recommendationId: string;
  status: string;
  note: string;
  reason: string | null;
  reportedOn: string | null;
}

export class ReportImplementationCommand extends PlatformCommand<ReportImplementationPayload> {}

@CommandHandler(ReportImplementationCommand)
export class ReportImplementationHandler implements ICommandHandler<ReportImplementationCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester }: ReportImplementationCommand): Promise<WriteOutcome[]> {
    const today = localDateAt(this.clock.now());
    const successorAgencyIds = await successorsOfResponsibleAgency(this.store, payload.recommendationId);
    return decideOnRecommendation(
      this.store,
      { type: 'ReportImplementation', ...payload, reportedOn: payload.reportedOn ?? today, today, successorAgencyIds, requester },
      context,
    );
  }
}
