import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, handleCommand, PlatformCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { DUE_SOON_DAYS } from '../domain/obligation/obligation-status';
import { obligationDecider } from '../domain/obligation/obligation.decider';
import { obligationStream } from '../domain/streams';

/** Sent by the deadline monitor when an obligation enters the due-soon window; recorded once per deadline. */
export class RecordDeadlineApproachingCommand extends PlatformCommand<{ obligationId: string; today: string }> {}

@CommandHandler(RecordDeadlineApproachingCommand)
export class RecordDeadlineApproachingHandler implements ICommandHandler<RecordDeadlineApproachingCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, options }: RecordDeadlineApproachingCommand): Promise<WriteOutcome[]> {
    const stream = obligationStream(payload.obligationId);
    const command = { type: 'RecordDeadlineApproaching' as const, ...payload, windowDays: DUE_SOON_DAYS };
    return [writeOutcome(stream, await handleCommand(this.store, obligationDecider, stream, command, context, options))];
  }
}
