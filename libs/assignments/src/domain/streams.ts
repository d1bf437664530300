/**
 * Ids and stream names. Ids are derived from what they stand for (directive, task, period,
 * agency), so a process manager that reacts twice to the same fact finds the stream it
 * wrote the first time and changes nothing.
 */
export const planStream = (directiveId: string) => `directive-plan-${directiveId}`;
export const taskStream = (taskId: string) => `task-${taskId}`;
export const obligationStream = (obligationId: string) => `obligation-${obligationId}`;
/** One stream per refused cause event, so a redelivered cause records its refusal once. */
export const reactionRefusalStream = (causeEventId: string) => `reaction-refused-${causeEventId}`;

/** One assignment of a directive's task to one agency (its lead or one of its coordinators). */
export const directiveTaskAssignmentId = (directiveId: string, directiveTaskId: string, agencyId: string) => `${directiveId}/${directiveTaskId}/${agencyId}`;
/** A task handed down: the child keeps its parent in its id, so the cascade reads from the id too. */
export const delegatedTaskId = (parentTaskId: string, agencyId: string) => `${parentTaskId}>${agencyId}`;

export const reportObligationId = (directiveId: string, regimeId: string, periodLabel: string, agencyId: string) =>
  `report:${directiveId}/${regimeId}/${periodLabel}/${agencyId}`;
export const taskObligationId = (taskId: string) => `task:${taskId}`;
export const recommendationObligationId = (inspectionId: string, recommendationId: string) => `recommendation:${inspectionId}/${recommendationId}`;
