/**
 * The contract of the assignments context: what other contexts and the Kafka relay may rely
 * on. Obligations (DeadlineApproaching and ObligationOverdue above all) and tasks; the
 * context's own record of directive plans and of refused reactions stays inside.
 */
import { OBLIGATION_EVENT_TYPES, ObligationEvent } from './obligation/events';
import { TASK_EVENT_TYPES, TaskEvent } from './task/events';

export * from './obligation/events';
export * from './task/events';
export type { ClosingOutcome, HandOverReason } from './outcomes';

export type AssignmentsPublishedEvent = ObligationEvent | TaskEvent;

export const ASSIGNMENTS_PUBLISHED_EVENT_TYPES = [
  ...OBLIGATION_EVENT_TYPES,
  ...TASK_EVENT_TYPES,
] as const satisfies readonly AssignmentsPublishedEvent['type'][];
