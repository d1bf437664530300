import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { SanctionRecorded } from '../domain/inspection/events';
import { decideOnInspection } from './decide-on-inspection';

/** A sanction is recorded as decided: the payload is the fact's fields. */
export type RecordSanctionPayload = SanctionRecorded['data'];

export class RecordSanctionCommand extends PlatformCommand<RecordSanctionPayload> {}

@CommandHandler(RecordSanctionCommand)
export class RecordSanctionHandler implements ICommandHandler<RecordSanctionCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, requester, context }: RecordSanctionCommand): Promise<WriteOutcome[]> {
    return decideOnInspection(this.store, { type: 'RecordSanction', ...payload, by: requester }, context);
  }
}
