import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { DecideEstimate } from '../domain/budget-line/commands';
import { decideOnLine } from './write';

export type DecideEstimatePayload = Omit<DecideEstimate, 'type' | 'requester'>;

/** The People's Council's resolution on a line, as the finance agency records it. */
export class DecideEstimateCommand extends PlatformCommand<DecideEstimatePayload> {}

@CommandHandler(DecideEstimateCommand)
export class DecideEstimateHandler implements ICommandHandler<DecideEstimateCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context, requester, options }: DecideEstimateCommand): Promise<WriteOutcome[]> {
    return decideOnLine(this.store, { type: 'DecideEstimate', ...payload, requester }, context, options);
  }
}
