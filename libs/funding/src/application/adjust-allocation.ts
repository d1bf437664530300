import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { AdjustAllocation } from '../domain/budget-line/commands';
import { decideOnLine } from './write';

export type AdjustAllocationPayload = Omit<AdjustAllocation, 'type' | 'requester'>;

/** A supplement or reduction of an allocation, by its decision. */
export class AdjustAllocationCommand extends PlatformCommand<AdjustAllocationPayload> {}

@CommandHandler(AdjustAllocationCommand)
export class AdjustAllocationHandler implements ICommandHandler<AdjustAllocationCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: AdjustAllocationCommand): Promise<WriteOutcome[]> {
    return decideOnLine(this.store, { type: 'AdjustAllocation', ...payload, requester }, context, options);
  }
}
