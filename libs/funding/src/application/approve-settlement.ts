import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { ApproveSettlement } from '../domain/budget-line/commands';
import { decideOnLine } from './write';

export type ApproveSettlementPayload = Omit<ApproveSettlement, 'type' | 'requester'>;

/** The final settlement (quyết toán) approved. */
export class ApproveSettlementCommand extends PlatformCommand<ApproveSettlementPayload> {}

@CommandHandler(ApproveSettlementCommand)
export class ApproveSettlementHandler implements ICommandHandler<ApproveSettlementCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: ApproveSettlementCommand): Promise<WriteOutcome[]> {
    return decideOnLine(this.store, { type: 'ApproveSettlement', ...payload, requester }, context, options);
  }
}
