import { registerEnumType } from '@nestjs/graphql';
import { OBLIGATION_KINDS } from '../../domain/events';
import { OBLIGATION_STATUSES } from '../../domain/obligation/obligation-status';

/** GraphQL enum values must be names: `due-soon` is DUE_SOON on the wire and `due-soon` inside. */
const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value.replace(/-/g, '_').toUpperCase(), value])) as Record<string, T>;

export const ObligationStatusEnum = asEnum(OBLIGATION_STATUSES);
registerEnumType(ObligationStatusEnum, {
  name: 'ObligationStatus',
  description:
    'OPEN, DUE_SOON (due within 7 days), OVERDUE (not submitted, past due), SUBMITTED_ON_TIME, SUBMITTED_LATE, DONE, or closed (SUPERSEDED, CANCELLED, WITHDRAWN)',
});

export const ObligationKindEnum = asEnum(OBLIGATION_KINDS);
registerEnumType(ObligationKindEnum, {
  name: 'ObligationKind',
  description: 'PERIODIC_REPORT, AD_HOC_REPORT, TASK (a task’s own due date) or RECOMMENDATION (of an inspection)',
});

export const SubmissionTimelinessEnum = asEnum(['on-time', 'late', 'resubmission'] as const);
registerEnumType(SubmissionTimelinessEnum, { name: 'SubmissionTimeliness' });

export const TaskRoleEnum = asEnum(['lead', 'coordinator', 'delegated'] as const);
registerEnumType(TaskRoleEnum, { name: 'TaskRole', description: 'LEAD (chủ trì), COORDINATOR (phối hợp) or DELEGATED (handed down by the agency above)' });

export const TaskStatusEnum = asEnum(['assigned', 'acknowledged', 'in-progress', 'completed', 'superseded', 'cancelled', 'withdrawn'] as const);
registerEnumType(TaskStatusEnum, { name: 'TaskStatus' });
