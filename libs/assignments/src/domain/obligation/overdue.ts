/**
 * Overdue (quá hạn), defined once: an open obligation whose deadline in force is before
 * today's local date. The status users see, the deadline monitor's decision, the compliance
 * table and the SQL filters all take it from here; overdue.spec.ts runs the predicate and
 * the SQL on the same rows.
 */

/** Past due: today is after the due date (the due date itself is still in time). */
export const isPastDue = (dueDate: string, today: string): boolean => today > dueDate;

export const isOverdue = (obligation: { status: string; dueDate: string }, today: string): boolean =>
  obligation.status === 'open' && isPastDue(obligation.dueDate, today);

/** `isPastDue` as SQL over a date column, `today` being a placeholder or literal of type date. */
export const pastDueSql = (dueDateColumn: string, today: string): string => `${dueDateColumn} < ${today}`;

/** `isOverdue` as SQL over the obligations read model's row (columns `status`, `due_date`). */
export const overdueSql = (today: string): string => `(status = 'open' AND ${pastDueSql('due_date', today)})`;
