import { invalid } from '../decider/domain-error';

/** Deadlines in the documents are calendar dates in Vietnam, not instants. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The local calendar date (YYYY-MM-DD) in Vietnam at an instant. */
export function localDateAt(instant: Date): string {
  return formatter.format(instant);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.getUTCFullYear() === +match[1] && date.getUTCMonth() === +match[2] - 1 && date.getUTCDate() === +match[3];
}

/** The one local-date rule: a calendar date written YYYY-MM-DD that exists. */
export function requireLocalDate(value: string, field: string): string {
  if (!isLocalDate(value)) throw invalid(`${field} must be a date written YYYY-MM-DD, got "${value}"`, { field });
  return value;
}
