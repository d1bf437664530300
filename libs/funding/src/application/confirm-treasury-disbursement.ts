import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { ConfirmTreasuryDisbursement } from '../domain/budget-line/commands';
import { decideOnLine } from './write';

export type ConfirmTreasuryDisbursementPayload = Omit<ConfirmTreasuryDisbursement, 'type' | 'requester'>;

/** A payment or an advance as the State Treasury confirms it (over Kafka, or an integration account). */
export class ConfirmTreasuryDisbursementCommand extends PlatformCommand<ConfirmTreasuryDisbursementPayload> {}

@CommandHandler(ConfirmTreasuryDisbursementCommand)
export class ConfirmTreasuryDisbursementHandler implements ICommandHandler<ConfirmTreasuryDisbursementCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: ConfirmTreasuryDisbursementCommand): Promise<WriteOutcome[]> {
    return decideOnLine(this.store, { type: 'ConfirmTreasuryDisbursement', ...payload, requester }, context, options);
  }
}
