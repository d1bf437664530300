import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, EventStore, PlatformCommand, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { findAgencyFact } from '@cpp/organizations';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';

export interface IssueRecommendationPayload {
  inspectionId: string;
  recommendationId: string;
  findingIds: string[];
  responsibleAgencyId: string;
  correctiveAction: string;
  dueDate: string;
  issuedOn: string | null;
}

export class IssueRecommendationCommand extends PlatformCommand<IssueRecommendationPayload> {}

/** The RecommendationIssued it records is what makes the recommendation an obligation of the responsible agency. */
@CommandHandler(IssueRecommendationCommand)
export class IssueRecommendationHandler implements ICommandHandler<IssueRecommendationCommand, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ payload, requester, context }: IssueRecommendationCommand): Promise<WriteOutcome[]> {
    const responsibleAgency = await findAgencyFact(this.store, payload.responsibleAgencyId);
    return decideOnInspection(
      this.store,
      { type: 'IssueRecommendation', ...payload, issuedOn: dateOrToday(payload.issuedOn, this.clock), responsibleAgency, by: requester },
      context,
    );
  }
}
