import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { obligationStream } from '../domain/streams';

/** Sent by the deadline monitor; the decider records each missed deadline once. */
export class MarkObligationOverdueCommand extends PlatformCommand<{ obligationId: string; today: string }> {}

@CommandHandler(MarkObligationOverdueCommand)
export class MarkObligationOverdueHandler implements ICommandHandler<MarkObligationOverdueCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, options }: MarkObligationOverdueCommand): Promise<WriteOutcome[]> {
    const stream = obligationStream(payload.obligationId);
    return [writeOutcome(stream, await handleCommand(this.store, obligationDecider, stream, { type: 'MarkObligationOverdue', ...payload }, context, options))];
  }
}
