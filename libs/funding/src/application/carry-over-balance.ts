import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { CarryOverBalance } from '../domain/budget-line/commands';
import { decideOnLine } from './write';

export type CarryOverBalancePayload = Omit<CarryOverBalance, 'type' | 'requester'>;

/** Unspent allocation carried to the next year on its legal ground. */
export class CarryOverBalanceCommand extends PlatformCommand<CarryOverBalancePayload> {}

@CommandHandler(CarryOverBalanceCommand)
export class CarryOverBalanceHandler implements ICommandHandler<CarryOverBalanceCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: CarryOverBalanceCommand): Promise<WriteOutcome[]> {
    return decideOnLine(this.store, { type: 'CarryOverBalance', ...payload, requester }, context, options);
  }
}
