import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, handleCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { obligationStream } from '../domain/streams';
import { writeOutcome } from './write-outcome';

/** Sent by the deadline monitor; the decider records each missed deadline once. */
export class MarkObligationOverdue {
  constructor(
    readonly input: { obligationId: string; today: string },
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(MarkObligationOverdue)
export class MarkObligationOverdueHandler implements ICommandHandler<MarkObligationOverdue, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context }: MarkObligationOverdue): Promise<WriteOutcome[]> {
    const stream = obligationStream(input.obligationId);
    return [writeOutcome(stream, await handleCommand(this.store, obligationDecider, stream, { type: 'MarkObligationOverdue', ...input }, context))];
  }
}
