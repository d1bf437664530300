/** Every event of the assignments context: the published ones and those it keeps to itself. */
import { DIRECTIVE_PLAN_EVENT_TYPES, DirectivePlanEvent } from './plan/events';
import { ASSIGNMENTS_PUBLISHED_EVENT_TYPES, AssignmentsPublishedEvent } from './published-events';
import { REFUSAL_EVENT_TYPES, RefusalEvent } from './refusal/events';

export * from './published-events';
export * from './plan/events';
export * from './refusal/events';

export type AssignmentsEvent = AssignmentsPublishedEvent | DirectivePlanEvent | RefusalEvent;

export const ASSIGNMENTS_EVENT_TYPES = [
  ...ASSIGNMENTS_PUBLISHED_EVENT_TYPES,
  ...DIRECTIVE_PLAN_EVENT_TYPES,
  ...REFUSAL_EVENT_TYPES,
] as const satisfies readonly AssignmentsEvent['type'][];
