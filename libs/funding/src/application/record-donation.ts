import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { RecordDonation } from '../domain/fund/commands';
import { decideOnFund } from './write';

export type RecordDonationPayload = Omit<RecordDonation, 'type' | 'requester'>;

/** A donation received, with its minute of receipt. */
export class RecordDonationCommand extends PlatformCommand<RecordDonationPayload> {}

@CommandHandler(RecordDonationCommand)
export class RecordDonationHandler implements ICommandHandler<RecordDonationCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: RecordDonationCommand): Promise<WriteOutcome[]> {
    return decideOnFund(this.store, { type: 'RecordDonation', ...payload, requester }, context, options);
  }
}
