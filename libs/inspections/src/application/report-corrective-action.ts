import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export interface ReportCorrectiveActionPayload {
  inspectionId: string;
  recommendationId: string;
  action: string;
  reportedOn: string | null;
}

export class ReportCorrectiveActionCommand extends PlatformCommand<ReportCorrectiveActionPayload> {}

/** Sent by an officer of the responsible agency, or its system over Kafka: what it did about the recommendation. */
@CommandHandler(ReportCorrectiveActionCommand)
export class ReportCorrectiveActionHandler implements ICommandHandler<ReportCorrectiveActionCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ payload, requester, context, options }: ReportCorrectiveActionCommand): Promise<WriteOutcome[]> {
    return decideOnInspection(
      this.store,
      { type: 'ReportCorrectiveAction', ...payload, reportedOn: dateOrToday(payload.reportedOn, this.clock), by: requester },
      context,
      options,
    );
  }
}
