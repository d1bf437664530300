import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { AllocateBudget } from '../domain/budget-line/commands';
import { decideOnLine } from './write';

export type AllocateBudgetPayload = Omit<AllocateBudget, 'type' | 'requester'>;

/** Giao dự toán: the decided estimate allocated to the spending unit. */
export class AllocateBudgetCommand extends PlatformCommand<AllocateBudgetPayload> {}

@CommandHandler(AllocateBudgetCommand)
export class AllocateBudgetHandler implements ICommandHandler<AllocateBudgetCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: AllocateBudgetCommand): Promise<WriteOutcome[]> {
    return decideOnLine(this.store, { type: 'AllocateBudget', ...payload, requester }, context, options);
  }
}
