import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, handleCommand, localDateAt, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { obligationStream } from '../domain/streams';

export interface ExtendDeadlinePayload {
  obligationId: string;
  newDueDate: string;
  reason: string;
  /** The document that grants it, e.g. `125/UBND-VX`. */
  authorisingDocument: string;
}

/** Gia hạn: the original deadline is kept, so late rates can be read against both. */
export class ExtendDeadlineCommand extends PlatformCommand<ExtendDeadlinePayload> {}

@CommandHandler(ExtendDeadlineCommand)
export class ExtendDeadlineHandler implements ICommandHandler<ExtendDeadlineCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, context, requester, options }: ExtendDeadlineCommand): Promise<WriteOutcome[]> {
    const stream = obligationStream(payload.obligationId);
    const command = { type: 'ExtendDeadline' as const, ...payload, requester, extendedOn: localDateAt(this.clock.now()) };
    return [writeOutcome(stream, await handleCommand(this.store, obligationDecider, stream, command, context, options))];
  }
}
