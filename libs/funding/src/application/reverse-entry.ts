import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { ReverseEntry } from '../domain/budget-line/commands';
import { decideOnLine } from './write';

export type ReverseEntryPayload = Omit<ReverseEntry, 'type' | 'requester'>;

/** A correction: the reversing entry of an earlier one. */
export class ReverseEntryCommand extends PlatformCommand<ReverseEntryPayload> {}

@CommandHandler(ReverseEntryCommand)
export class ReverseEntryHandler implements ICommandHandler<ReverseEntryCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: ReverseEntryCommand): Promise<WriteOutcome[]> {
    return decideOnLine(this.store, { type: 'ReverseEntry', ...payload, requester }, context, options);
  }
}
