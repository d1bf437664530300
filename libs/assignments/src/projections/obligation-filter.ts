import { addDays } from '../domain/dates';
import { Obligation } from '../domain/obligation/state';
import { displayStatus, DUE_SOON_DAYS, ObligationDisplayStatus } from '../domain/obligation/obligation-status';
import { overdueSql, pastDueSql } from '../domain/obligation/overdue';

export interface ObligationFilter {
  agencyId: string;
  statuses?: ObligationDisplayStatus[] | null;
  dueFrom?: string | null;
  dueTo?: string | null;
}

/** The filter over obligations held in memory (as-of answers); the SQL query states the same. */
export function matchesFilter(obligation: Obligation, filter: ObligationFilter, today: string): boolean {
  if (obligation.assigneeAgencyId !== filter.agencyId) return false;
  if (filter.dueFrom && obligation.dueDate < filter.dueFrom) return false;
  if (filter.dueTo && obligation.dueDate > filter.dueTo) return false;
  return !filter.statuses?.length || filter.statuses.includes(displayStatus(obligation, today));
}

export const byDueDate = (a: Obligation, b: Obligation) => a.dueDate.localeCompare(b.dueDate) || a.obligationId.localeCompare(b.obligationId);

/** One status as a SQL condition on the obligation row, judged on `today` ($today) with due soon up to $soon: `displayStatus` in SQL. */
export function statusCondition(status: ObligationDisplayStatus): string {
  switch (status) {
    case 'open':
      return `(status = 'open' AND due_date > $soon)`;
    case 'due-soon':
      return `(status = 'open' AND NOT ${pastDueSql('due_date', '$today')} AND due_date <= $soon)`;
    case 'overdue':
      return overdueSql('$today');
    case 'submitted-on-time':
      return `(status = 'submitted' AND submitted_late = false)`;
    case 'submitted-late':
      return `(status = 'submitted' AND submitted_late = true)`;
    default:
      return `status = '${status}'`;
  }
}

export const dueSoonLimit = (today: string) => addDays(today, DUE_SOON_DAYS);
