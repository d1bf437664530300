import { addDays } from '../dates';
import { isOverdue } from './overdue';
import { Obligation } from './state';

/** How many days before its deadline an open obligation counts as due soon (sắp đến hạn). */
export const DUE_SOON_DAYS = 7;

export const OBLIGATION_STATUSES = [
  'open',
  'due-soon',
  'overdue',
  'submitted-on-time',
  'submitted-late',
  'done',
  'superseded',
  'cancelled',
  'withdrawn',
] as const;
/** What the steering committee sees: the recorded state judged against today's local date. */
export type ObligationDisplayStatus = (typeof OBLIGATION_STATUSES)[number];

export function displayStatus(obligation: Pick<Obligation, 'status' | 'dueDate' | 'submissions'>, today: string): ObligationDisplayStatus {
  switch (obligation.status) {
    case 'open':
      if (isOverdue(obligation, today)) return 'overdue';
      return obligation.dueDate <= addDays(today, DUE_SOON_DAYS) ? 'due-soon' : 'open';
    case 'submitted':
      return standingTimeliness(obligation) === 'late' ? 'submitted-late' : 'submitted-on-time';
    default:
      return obligation.status;
  }
}

/** The timeliness of the submission that stands: the first after opening or the last reopening. */
export function standingTimeliness(obligation: Pick<Obligation, 'submissions'>): 'on-time' | 'late' | null {
  for (let i = obligation.submissions.length - 1; i >= 0; i--) {
    const { timeliness } = obligation.submissions[i];
    if (timeliness !== 'resubmission') return timeliness;
  }
  return null;
}
