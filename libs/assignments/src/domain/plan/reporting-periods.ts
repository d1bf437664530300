import type { ReportingRegime } from '@cpp/directives';
import { addDays, calendarDate, yearOf } from '../dates';
import { ReportingPeriod } from '../obligation/events';

export interface PeriodDue {
  period: ReportingPeriod;
  dueDate: string;
}

/** A window of due dates: after `after` (exclusive, null = from the start) up to `through` (inclusive). */
export interface DueWindow {
  after: string | null;
  through: string;
}

/**
 * The periods of a regime that fall due inside the window and inside the regime's active
 * range. Six-monthly and annual deadlines are a day of the period's own year (the
 * six-monthly report is the mid-year one, "báo cáo 6 tháng"; the year-end one is the
 * annual report); a monthly deadline is a day of the month after the reported month,
 * pulled back to the month's last day when the month is shorter. Ad-hoc regimes have no
 * periods: each request sets its own due date.
 */
export function periodsDue(regime: Pick<ReportingRegime, 'frequency' | 'deadline' | 'activeFrom' | 'activeUntil'>, window: DueWindow): PeriodDue[] {
  if (regime.frequency === 'ad-hoc' || regime.deadline === null) return [];
  const from = window.after === null || window.after < regime.activeFrom ? regime.activeFrom : addDays(window.after, 1);
  const through = regime.activeUntil !== null && regime.activeUntil < window.through ? regime.activeUntil : window.through;
  if (from > through) return [];
  const { month, day } = regime.deadline;
  const periods: PeriodDue[] = [];
  for (let year = yearOf(from) - 1; year <= yearOf(through); year++) {
    if (regime.frequency === 'monthly') {
      for (let reported = 1; reported <= 12; reported++) {
        const dueDate = reported === 12 ? calendarDate(year + 1, 1, day) : calendarDate(year, reported + 1, day);
        periods.push({ period: { label: `${year}-${String(reported).padStart(2, '0')}`, year }, dueDate });
      }
    } else {
      const label = regime.frequency === 'six-monthly' ? `${year}-H1` : String(year);
      periods.push({ period: { label, year }, dueDate: calendarDate(year, month ?? 12, day) });
    }
  }
  return periods.filter(({ dueDate }) => dueDate >= from && dueDate <= through);
}

/** Open-ended regimes are generated up to the end of the year after today's. */
export const horizonFor = (today: string): string => `${yearOf(today) + 1}-12-31`;
