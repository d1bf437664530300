import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { CheckDonatedGoods } from '../domain/fund/commands';
import { decideOnFund } from './write';

export type CheckDonatedGoodsPayload = Omit<CheckDonatedGoods, 'type' | 'requester'>;

/** Donated goods checked against standards. */
export class CheckDonatedGoodsCommand extends PlatformCommand<CheckDonatedGoodsPayload> {}

@CommandHandler(CheckDonatedGoodsCommand)
export class CheckDonatedGoodsHandler implements ICommandHandler<CheckDonatedGoodsCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: CheckDonatedGoodsCommand): Promise<WriteOutcome[]> {
    return decideOnFund(this.store, { type: 'CheckDonatedGoods', ...payload, requester }, context, options);
  }
}
