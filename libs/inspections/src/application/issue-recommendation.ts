import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, CommandContext, EventStore, WriteOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { Requester } from '../domain/facts';
import { dateOrToday, decideOnInspection } from './decide-on-inspection';
import { findAgency } from './organisation-facts';

export interface IssueRecommendationInput {
  inspectionId: string;
  recommendationId: string;
  findingIds: string[];
  responsibleAgencyId: string;
  correctiveAction: string;
  dueDate: string;
  issuedOn: string | null;
}

export class IssueRecommendation {
  constructor(
    readonly input: IssueRecommendationInput,
    readonly by: Requester,
    readonly context: CommandContext,
  ) {}
}

/** The RecommendationIssued it records is what makes the recommendation an obligation of the responsible agency. */
@CommandHandler(IssueRecommendation)
export class IssueRecommendationHandler implements ICommandHandler<IssueRecommendation, WriteOutcome[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ input, by, context }: IssueRecommendation): Promise<WriteOutcome[]> {
    const responsibleAgency = await findAgency(this.store, input.responsibleAgencyId);
    return decideOnInspection(
      this.store,
      { type: 'IssueRecommendation', ...input, issuedOn: dateOrToday(input.issuedOn, this.clock), responsibleAgency, by },
      context,
    );
  }
}
