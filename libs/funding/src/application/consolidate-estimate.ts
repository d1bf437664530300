import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { ConsolidateEstimate } from '../domain/budget-line/commands';
import { decideOnLine } from './write';

export type ConsolidateEstimatePayload = Omit<ConsolidateEstimate, 'type' | 'requester'>;

/** The finance agency consolidates a proposed estimate. */
export class ConsolidateEstimateCommand extends PlatformCommand<ConsolidateEstimatePayload> {}

@CommandHandler(ConsolidateEstimateCommand)
export class ConsolidateEstimateHandler implements ICommandHandler<ConsolidateEstimateCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: ConsolidateEstimateCommand): Promise<WriteOutcome[]> {
    return decideOnLine(this.store, { type: 'ConsolidateEstimate', ...payload, requester }, context, options);
  }
}
