import { ObligationCommandOf } from './commands';
import { ObligationEvent } from './events';
import { isOverdue } from './overdue';
import { Obligation } from './state';

/** Recorded once per missed deadline: an extension that is missed again is a second miss. */
export function markObligationOverdue(command: ObligationCommandOf<'MarkObligationOverdue'>, obligation: Obligation): ObligationEvent[] {
  if (!isOverdue(obligation, command.today) || obligation.overdueDeadlines.includes(obligation.dueDate)) return [];
  const { obligationId, assigneeAgencyId, dueDate, originalDueDate } = obligation;
  return [{ type: 'ObligationOverdue', data: { obligationId, assigneeAgencyId, dueDate, originalDueDate, detectedOn: command.today } }];
}
