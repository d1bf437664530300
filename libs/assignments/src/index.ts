/**
 * The assignments context's public surface: its published events (obligations falling due,
 * overdue, submitted; tasks assigned and delegated), its module, and its commands.
 */
export * from './domain/events';
export { obligationStream, taskStream } from './domain/streams';
export type { Requester } from './domain/requester';
export { AssignmentsModule } from './assignments.module';
export { DeadlineMonitor } from './application/deadline-monitor';
/** Commands, for the platform's entry points (GraphQL, ingest, demo data), not for other contexts. */
export { SubmitReport } from './application/submit-report';
export { CorrectFigures } from './application/correct-figures';
export { ExtendDeadline } from './application/extend-deadline';
export { AcknowledgeTask } from './application/acknowledge-task';
export { DelegateTask } from './application/delegate-task';
export { ReportTaskProgress } from './application/report-task-progress';
export { CompleteTask } from './application/complete-task';
export { MarkObligationOverdue } from './application/mark-obligation-overdue';
export { RecordDeadlineApproaching } from './application/record-deadline-approaching';
