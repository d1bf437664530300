import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { ProposeEstimate } from '../domain/budget-line/commands';
import { agencyStatuses, directiveSections } from './facts';
import { decideOnLine } from './write';

export type ProposeEstimatePayload = Omit<ProposeEstimate, 'type' | 'requester' | 'facts'>;

/** A spending unit's estimate for a fiscal year: a new budget line. */
export class ProposeEstimateCommand extends PlatformCommand<ProposeEstimatePayload> {}

@CommandHandler(ProposeEstimateCommand)
export class ProposeEstimateHandler implements ICommandHandler<ProposeEstimateCommand, WriteOutcome[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context, requester, options }: ProposeEstimateCommand): Promise<WriteOutcome[]> {
    const facts = {
      agencies: await agencyStatuses(this.store, [payload.agencyId, payload.financeAgencyId, payload.treasuryAgencyId]),
      directiveSections: payload.task ? await directiveSections(this.store, payload.task.directiveId) : null,
    };
    return decideOnLine(this.store, { type: 'ProposeEstimate', ...payload, requester, facts }, context, options);
  }
}
