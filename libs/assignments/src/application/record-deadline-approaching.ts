import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, EventStore, handleCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { DUE_SOON_DAYS } from '../domain/obligation/obligation-status';
import { obligationStream } from '../domain/streams';
import { writeOutcome } from './write-outcome';

/** Sent by the deadline monitor when an obligation enters the due-soon window; recorded once per deadline. */
export class RecordDeadlineApproaching {
  constructor(
    readonly input: { obligationId: string; today: string },
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RecordDeadlineApproaching)
export class RecordDeadlineApproachingHandler implements ICommandHandler<RecordDeadlineApproaching, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input, context }: RecordDeadlineApproaching): Promise<WriteOutcome[]> {
    const stream = obligationStream(input.obligationId);
    const command = { type: 'RecordDeadlineApproaching' as const, ...input, windowDays: DUE_SOON_DAYS };
    return [writeOutcome(stream, await handleCommand(this.store, obligationDecider, stream, command, context))];
  }
}
