import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, handleCommand, localDateAt, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { Requester } from '../domain/requester';
import { obligationStream } from '../domain/streams';
import { requesterOf, writeOutcome } from './write-outcome';

export interface ExtendDeadlineInput {
  obligationId: string;
  newDueDate: string;
  reason: string;
  /** The document that grants it, e.g. `125/UBND-VX`. */
  authorisingDocument: string;
}

/** Gia hạn: the original deadline is kept, so late rates can be read against both. */
export class ExtendDeadline {
  constructor(
    readonly input: ExtendDeadlineInput,
    readonly context: CommandContext,
    readonly requester: Requester = requesterOf(context),
  ) {}
}

@CommandHandler(ExtendDeadline)
export class ExtendDeadlineHandler implements ICommandHandler<ExtendDeadline, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ input, context, requester }: ExtendDeadline): Promise<WriteOutcome[]> {
    const stream = obligationStream(input.obligationId);
    const command = { type: 'ExtendDeadline' as const, ...input, requester, extendedOn: localDateAt(this.clock.now()) };
    return [writeOutcome(stream, await handleCommand(this.store, obligationDecider, stream, command, context))];
  }
}
