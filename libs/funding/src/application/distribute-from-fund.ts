import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { DistributeFromFund } from '../domain/fund/commands';
import { decideOnFund } from './write';

export type DistributeFromFundPayload = Omit<DistributeFromFund, 'type' | 'requester'>;

/** A distribution to a commune, facility or group. */
export class DistributeFromFundCommand extends PlatformCommand<DistributeFromFundPayload> {}

@CommandHandler(DistributeFromFundCommand)
export class DistributeFromFundHandler implements ICommandHandler<DistributeFromFundCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: DistributeFromFundCommand): Promise<WriteOutcome[]> {
    return decideOnFund(this.store, { type: 'DistributeFromFund', ...payload, requester }, context, options);
  }
}
