import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, handleCommand, HandleCommandOptions, localDateAt, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Figure } from '../domain/events';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { Requester } from '../domain/requester';
import { obligationStream } from '../domain/streams';
import { requesterOf, writeOutcome } from './write-outcome';

export interface SubmitReportInput {
  obligationId: string;
  figures: Figure[];
  note: string | null;
  /** When a report that arrived on paper is recorded later: the date it was received (default today). */
  submittedOn?: string | null;
}

/** A report handed in by the obligated agency; on time or late is judged on the date it was submitted. */
export class SubmitReport {
  constructor(
    readonly input: SubmitReportInput,
    readonly context: CommandContext,
    readonly requester: Requester = requesterOf(context),
    /** Ids derived from what caused the command (an agency message), so a redelivery writes nothing. */
    readonly eventIds: Pick<HandleCommandOptions, 'eventId'> = {},
  ) {}
}

@CommandHandler(SubmitReport)
export class SubmitReportHandler implements ICommandHandler<SubmitReport, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ input, context, requester, eventIds }: SubmitReport): Promise<WriteOutcome[]> {
    const stream = obligationStream(input.obligationId);
    const today = localDateAt(this.clock.now());
    const submittedOn = input.submittedOn ?? today;
    const command = { type: 'SubmitReport' as const, ...input, requester, submittedOn, today };
    const occurredAt = submittedOn < today ? `${submittedOn}T00:00:00+07:00` : undefined;
    return [writeOutcome(stream, await handleCommand(this.store, obligationDecider, stream, command, context, { occurredAt, ...eventIds }))];
  }
}
