import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, handleCommand, localDateAt, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Figure } from '../domain/events';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { Requester } from '../domain/requester';
import { obligationStream } from '../domain/streams';
import { requesterOf, writeOutcome } from './write-outcome';

export interface CorrectFiguresInput {
  obligationId: string;
  /** The submission corrected; the latest when null. */
  submissionNumber: number | null;
  corrections: Figure[];
  reason: string;
}

/** Corrections stand beside the submitted figures; what was submitted stays as submitted. */
export class CorrectFigures {
  constructor(
    readonly input: CorrectFiguresInput,
    readonly context: CommandContext,
    readonly requester: Requester = requesterOf(context),
  ) {}
}

@CommandHandler(CorrectFigures)
export class CorrectFiguresHandler implements ICommandHandler<CorrectFigures, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ input, context, requester }: CorrectFigures): Promise<WriteOutcome[]> {
    const stream = obligationStream(input.obligationId);
    const command = { type: 'CorrectFigures' as const, ...input, requester, correctedOn: localDateAt(this.clock.now()) };
    return [writeOutcome(stream, await handleCommand(this.store, obligationDecider, stream, command, context))];
  }
}
