/**
 * The assignments context's public surface: its published events (obligations falling due,
 * overdue, submitted; tasks assigned and delegated), its stream names, its module, the
 * deadline monitor, and the bus commands the platform's entry points send.
 */
export * from './domain/published-events';
export { obligationStream, taskStream } from './domain/streams';
export { AssignmentsModule } from './assignments.module';
export { DeadlineMonitor } from './application/deadline-monitor';
/** Commands, for the platform's entry points (GraphQL, ingest, demo data), not for other contexts. */
export { SubmitReportCommand } from './application/submit-report';
export { CorrectFiguresCommand } from './application/correct-figures';
export { ExtendDeadlineCommand } from './application/extend-deadline';
export { AcknowledgeTaskCommand } from './application/acknowledge-task';
export { DelegateTaskCommand } from './application/delegate-task';
export { ReportTaskProgressCommand } from './application/report-task-progress';
export { CompleteTaskCommand } from './application/complete-task';
export { MarkObligationOverdueCommand } from './application/mark-obligation-overdue';
export { RecordDeadlineApproachingCommand } from './application/record-deadline-approaching';
