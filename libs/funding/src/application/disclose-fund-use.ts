import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { DiscloseFundUse } from '../domain/fund/commands';
import { decideOnFund } from './write';

export type DiscloseFundUsePayload = Omit<DiscloseFundUse, 'type' | 'requester'>;

/** A fund's receipts and use made public for a period. */
export class DiscloseFundUseCommand extends PlatformCommand<DiscloseFundUsePayload> {}

@CommandHandler(DiscloseFundUseCommand)
export class DiscloseFundUseHandler implements ICommandHandler<DiscloseFundUseCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: DiscloseFundUseCommand): Promise<WriteOutcome[]> {
    return decideOnFund(this.store, { type: 'DiscloseFundUse', ...payload, requester }, context, options);
  }
}
