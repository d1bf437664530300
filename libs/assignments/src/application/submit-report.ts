import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, handleCommand, localDateAt, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Figure } from '../domain/obligation/events';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { obligationStream } from '../domain/streams';

export interface SubmitReportPayload {
  obligationId: string;
  figures: Figure[];
  note: string | null;
  /** When a report that arrived on paper is recorded later: the date it was received (default today). */
  submittedOn?: string | null;
}

/** A report handed in by the obligated agency; on time or late is judged on the date it was submitted. */
export class SubmitReportCommand extends PlatformCommand<SubmitReportPayload> {}

@CommandHandler(SubmitReportCommand)
export class SubmitReportHandler implements ICommandHandler<SubmitReportCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester, options }: SubmitReportCommand): Promise<WriteOutcome[]> {
    const stream = obligationStream(payload.obligationId);
    const today = localDateAt(this.clock.now());
    const submittedOn = payload.submittedOn ?? today;
    const command = { type: 'SubmitReport' as const, ...payload, requester, submittedOn, today };
    const occurredAt = submittedOn < today ? `${submittedOn}T00:00:00+07:00` : undefined;
    return [writeOutcome(stream, await handleCommand(this.store, obligationDecider, stream, command, context, { occurredAt, ...options }))];
  }
}
