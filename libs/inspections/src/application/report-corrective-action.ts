import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, HandleCommandOptions, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Requester } from '../domain/facts';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export class ReportCorrectiveAction {
  constructor(
    readonly input: { inspectionId: string; recommendationId: string; action: string; reportedOn: string | null },
    readonly by: Requester,
    readonly context: CommandContext,
    /** Ids derived from what caused the command (an agency message), so a redelivery writes nothing. */
    readonly eventIds: Pick<HandleCommandOptions, 'eventId'> = {},
  ) {}
}

/** Sent by an officer of the responsible agency: what it did about the recommendation. */
@CommandHandler(ReportCorrectiveAction)
export class ReportCorrectiveActionHandler implements ICommandHandler<ReportCorrectiveAction, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  execute({ input, by, context, eventIds }: ReportCorrectiveAction): Promise<WriteOutcome[]> {
    return decideOnInspection(this.store, { type: 'ReportCorrectiveAction', ...input, reportedOn: dateOrToday(input.reportedOn, this.clock), by }, context, eventIds);
  }
}
