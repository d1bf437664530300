/** The tasks agencies were given and passed down (the cascade). Published. */
import { DomainEvent } from '@cpp/eventsourcing';
import { ClosingOutcome, HandOverReason } from '../outcomes';

/** Lead (chủ trì), coordinating (phối hợp), or handed down by the agency above. */
export type TaskRole = 'lead' | 'coordinator' | 'delegated';

export type TaskAssigned = DomainEvent<
  'TaskAssigned',
  {
    taskId: string;
    directiveId: string;
    directiveTaskId: string;
    section: string;
    text: string;
    documentNumber: string | null;
    documentSubject: string | null;
    role: TaskRole;
    assigneeAgencyId: string;
    /** The issuing agency of the directive, or the agency that delegated it. */
    assignedByAgencyId: string;
    parentTaskId: string | null;
    /** For a coordinator: the lead agency's task its contribution belongs to. */
    leadTaskId: string | null;
    dueDate: string | null;
    assignedOn: string;
  }
>;
export type TaskAcknowledged = DomainEvent<'TaskAcknowledged', { taskId: string; agencyId: string; acknowledgedOn: string }>;
export type TaskDelegated = DomainEvent<
  'TaskDelegated',
  { taskId: string; childTaskId: string; toAgencyId: string; text: string; dueDate: string | null; delegatedOn: string }
>;
export type TaskProgressReported = DomainEvent<
  'TaskProgressReported',
  { taskId: string; agencyId: string; percent: number; summary: string; reportedOn: string }
>;
export type TaskCompleted = DomainEvent<'TaskCompleted', { taskId: string; agencyId: string; summary: string | null; completedOn: string }>;
export type TaskAmended = DomainEvent<
  'TaskAmended',
  { taskId: string; section: string; text: string; dueDate: string | null; previousDueDate: string | null; amendingDocument: string | null; amendedOn: string }
>;
export type TaskReassigned = DomainEvent<
  'TaskReassigned',
  { taskId: string; fromAgencyId: string; toAgencyId: string; reason: HandOverReason; effectiveFrom: string; decision: string | null }
>;
export type TaskClosed = DomainEvent<'TaskClosed', { taskId: string; outcome: ClosingOutcome; effectiveFrom: string; reason: string }>;

export type TaskEvent = TaskAssigned | TaskAcknowledged | TaskDelegated | TaskProgressReported | TaskCompleted | TaskAmended | TaskReassigned | TaskClosed;

export const TASK_EVENT_TYPES = [
  'TaskAssigned',
  'TaskAcknowledged',
  'TaskDelegated',
  'TaskProgressReported',
  'TaskCompleted',
  'TaskAmended',
  'TaskReassigned',
  'TaskClosed',
] as const satisfies readonly TaskEvent['type'][];
