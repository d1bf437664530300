import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { SuspendDonation } from '../domain/fund/commands';
import { decideOnFund } from './write';

export type SuspendDonationPayload = Omit<SuspendDonation, 'type' | 'requester'>;

/** A donation suspended by the superior agency. */
export class SuspendDonationCommand extends PlatformCommand<SuspendDonationPayload> {}

@CommandHandler(SuspendDonationCommand)
export class SuspendDonationHandler implements ICommandHandler<SuspendDonationCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: SuspendDonationCommand): Promise<WriteOutcome[]> {
    return decideOnFund(this.store, { type: 'SuspendDonation', ...payload, requester }, context, options);
  }
}
