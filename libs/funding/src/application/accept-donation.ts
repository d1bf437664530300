import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { AcceptDonation } from '../domain/fund/commands';
import { decideOnFund } from './write';

export type AcceptDonationPayload = Omit<AcceptDonation, 'type' | 'requester'>;

/** A donation accepted by an officer who did not record it. */
export class AcceptDonationCommand extends PlatformCommand<AcceptDonationPayload> {}

@CommandHandler(AcceptDonationCommand)
export class AcceptDonationHandler implements ICommandHandler<AcceptDonationCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: AcceptDonationCommand): Promise<WriteOutcome[]> {
    return decideOnFund(this.store, { type: 'AcceptDonation', ...payload, requester }, context, options);
  }
}
