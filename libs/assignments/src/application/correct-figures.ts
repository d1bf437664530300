import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, handleCommand, localDateAt, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Figure } from '../domain/obligation/events';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { obligationStream } from '../domain/streams';

export interface CorrectFiguresPayload {
  obligationId: string;
  /** The submission corrected; the latest when null. */
  submissionNumber: number | null;
  corrections: Figure[];
  reason: string;
}

/** Corrections stand beside the submitted figures; what was submitted stays as submitted. */
export class CorrectFiguresCommand extends PlatformCommand<CorrectFiguresPayload> {}

@CommandHandler(CorrectFiguresCommand)
export class CorrectFiguresHandler implements ICommandHandler<CorrectFiguresCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester, options }: CorrectFiguresCommand): Promise<WriteOutcome[]> {
    const stream = obligationStream(payload.obligationId);
    const command = { type: 'CorrectFigures' as const, ...payload, requester, correctedOn: localDateAt(this.clock.now()) };
    return [writeOutcome(stream, await handleCommand(this.store, obligationDecider, stream, command, context, options))];
  }
}
