import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { CancelBalance } from '../domain/budget-line/commands';
import { decideOnLine } from './write';

export type CancelBalancePayload = Omit<CancelBalance, 'type' | 'requester'>;

/** Unspent allocation cancelled at year end. */
export class CancelBalanceCommand extends PlatformCommand<CancelBalancePayload> {}

@CommandHandler(CancelBalanceCommand)
export class CancelBalanceHandler implements ICommandHandler<CancelBalanceCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: CancelBalanceCommand): Promise<WriteOutcome[]> {
    return decideOnLine(this.store, { type: 'CancelBalance', ...payload, requester }, context, options);
  }
}
