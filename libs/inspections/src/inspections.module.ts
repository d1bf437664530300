import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRegistry } from '@cpp/eventsourcing/nest';
import { AppraiseConclusionHandler } from './application/appraise-conclusion';
import { CloseRecommendationHandler } from './application/close-recommendation';
import { DraftConclusionHandler } from './application/draft-conclusion';
import { IssueConclusionHandler } from './application/issue-conclusion';
import { IssueRecommendationHandler } from './application/issue-recommendation';
import { PlanInspectionHandler } from './application/plan-inspection';
import { RecordFindingHandler } from './application/record-finding';
import { RecordSanctionHandler } from './application/record-sanction';
import { ReopenRecommendationHandler } from './application/reopen-recommendation';
import { ReportCorrectiveActionHandler } from './application/report-corrective-action';
import { ReviseFindingHandler } from './application/revise-finding';
import { StartInspectionHandler } from './application/start-inspection';
import { FollowUpQueriesResolver } from './graphql/follow-up.queries.resolver';
import { InspectionsMutationsResolver } from './graphql/inspections.mutations.resolver';
import { InspectionsQueriesResolver } from './graphql/inspections.queries.resolver';
import { chartVersionsProjection } from './projections/chart-versions.projection';
import { FindingsHistoryQueries } from './projections/findings-history.queries';
import { findingVersionsProjection } from './projections/finding-versions.projection';
import { inspectionRegisterProjection } from './projections/inspection-register.projection';
import { InspectionQueries } from './projections/inspection.queries';
import { RecommendationFollowUpQueries } from './projections/recommendation-follow-up.queries';
import { InspectionsAccessScopes } from './graphql/inspections.access';

const commandHandlers = [
  PlanInspectionHandler,
  StartInspectionHandler,
  RecordFindingHandler,
  ReviseFindingHandler,
  IssueRecommendationHandler,
  ReportCorrectiveActionHandler,
  CloseRecommendationHandler,
  ReopenRecommendationHandler,
  RecordSanctionHandler,
  DraftConclusionHandler,
  AppraiseConclusionHandler,
  IssueConclusionHandler,
];

@Module({
  imports: [CqrsModule],
  providers: [
    ...commandHandlers,
    InspectionQueries,
    FindingsHistoryQueries,
    RecommendationFollowUpQueries,
    InspectionsQueriesResolver,
    FollowUpQueriesResolver,
    InspectionsMutationsResolver,
    InspectionsAccessScopes,
  ],
})
export class InspectionsModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    this.projections.register(chartVersionsProjection, inspectionRegisterProjection, findingVersionsProjection);
  }
}
