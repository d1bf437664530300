/**
 * The inspections context's public surface: its published events (assignments turns each
 * recommendation into an obligation of the responsible agency; the relay tells agencies of
 * recommendations and conclusions), its stream names, its module and its bus commands.
 */
export * from './domain/published-events';
export { inspectionStream } from './domain/streams';
export { InspectionsModule } from './inspections.module';
/** Commands, for the platform's entry points (GraphQL, ingest, demo data), not for other contexts. */
export { PlanInspectionCommand } from './application/plan-inspection';
export { StartInspectionCommand } from './application/start-inspection';
export { RecordFindingCommand } from './application/record-finding';
export { ReviseFindingCommand } from './application/revise-finding';
export { IssueRecommendationCommand } from './application/issue-recommendation';
export { ReportCorrectiveActionCommand } from './application/report-corrective-action';
export { CloseRecommendationCommand } from './application/close-recommendation';
export { ReopenRecommendationCommand } from './application/reopen-recommendation';
export { RecordSanctionCommand } from './application/record-sanction';
export { DraftConclusionCommand } from './application/draft-conclusion';
export { AppraiseConclusionCommand } from './application/appraise-conclusion';
export { IssueConclusionCommand } from './application/issue-conclusion';
