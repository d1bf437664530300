import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { RecordCommitment } from '../domain/budget-line/commands';
import { decideOnLine } from './write';

export type RecordCommitmentPayload = Omit<RecordCommitment, 'type' | 'requester'>;

/** A commitment of the spending unit against its allocation. */
export class RecordCommitmentCommand extends PlatformCommand<RecordCommitmentPayload> {}

@CommandHandler(RecordCommitmentCommand)
export class RecordCommitmentHandler implements ICommandHandler<RecordCommitmentCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: RecordCommitmentCommand): Promise<WriteOutcome[]> {
    return decideOnLine(this.store, { type: 'RecordCommitment', ...payload, requester }, context, options);
  }
}
