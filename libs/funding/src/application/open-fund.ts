import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { OpenFund } from '../domain/fund/commands';
import { agencyStatuses } from './facts';
import { decideOnFund } from './write';

export type OpenFundPayload = Omit<OpenFund, 'type' | 'requester' | 'knownAgencies'>;

/** A Child Protection Fund or a donation account opened by the agency that manages it. */
export class OpenFundCommand extends PlatformCommand<OpenFundPayload> {}

@CommandHandler(OpenFundCommand)
export class OpenFundHandler implements ICommandHandler<OpenFundCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, requester, options }: OpenFundCommand): Promise<WriteOutcome[]> {
    const statuses = await agencyStatuses(this.store, [payload.managingAgencyId, payload.superiorAgencyId]);
    const knownAgencies = Object.fromEntries(Object.entries(statuses).map(([agencyId, status]) => [agencyId, status === 'active']));
    return decideOnFund(this.store, { type: 'OpenFund', ...payload, requester, knownAgencies }, context, options);
  }
}
