import { addDays } from '../dates';
import { isOverdue } from './overdue';
import { Obligation, Submission } from './state';

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
  return displayStatusOf({ status: obligation.status, dueDate: obligation.dueDate, submittedLate: standingTimeliness(obligation) === 'late' }, today);
}

/** `displayStatus` from the recorded status, the deadline in force and whether the standing submission was late (what a listing row holds). */
export function displayStatusOf(
  obligation: { status: Obligation['status']; dueDate: string; submittedLate: boolean | null },
  today: string,
): ObligationDisplayStatus {
  switch (obligation.status) {
    case 'open':
      if (isOverdue(obligation, today)) return 'overdue';
      return obligation.dueDate <= addDays(today, DUE_SOON_DAYS) ? 'due-soon' : 'open';
    case 'submitted':
      return obligation.submittedLate ? 'submitted-late' : 'submitted-on-time';
    default:
      return obligation.status;
  }
}

/** The submission that stands: the first after opening or the last reopening (resubmissions do not replace it). */
export function standingSubmission(obligation: Pick<Obligation, 'submissions'>): Submission | null {
  for (let i = obligation.submissions.length - 1; i >= 0; i--) {
    if (obligation.submissions[i].timeliness !== 'resubmission') return obligation.submissions[i];
  }
  return null;
}

/** The timeliness of the submission that stands. */
export function standingTimeliness(obligation: Pick<Obligation, 'submissions'>): 'on-time' | 'late' | null {
  const standing = standingSubmission(obligation);
  return standing ? (standing.timeliness as 'on-time' | 'late') : null;
}
