/**
 * The inspections context's public surface: its published events (assignments turns each
 * recommendation into an obligation of the responsible agency), its module and its commands.
 */
export * from './domain/published-events';
export { INSPECTION_EVENT_TYPES } from './domain/events';
export type { InspectionEvent } from './domain/events';
export { inspectionStream } from './domain/streams';
export { InspectionsModule } from './inspections.module';
/** Commands, for the platform's entry points (GraphQL, ingest, demo data), not for other contexts. */
export { PlanInspection } from './application/plan-inspection';
export { StartInspection } from './application/start-inspection';
export { RecordFinding } from './application/record-finding';
export { ReviseFinding } from './application/revise-finding';
export { IssueRecommendation } from './application/issue-recommendation';
export { ReportCorrectiveAction } from './application/report-corrective-action';
export { CloseRecommendation } from './application/close-recommendation';
export { ReopenRecommendation } from './application/reopen-recommendation';
export { RecordSanction } from './application/record-sanction';
export { DraftConclusion } from './application/draft-conclusion';
export { AppraiseConclusion } from './application/appraise-conclusion';
export { IssueConclusion } from './application/issue-conclusion';
