import { invalid, isLocalDate, requireIdentifier, requireLocalDate } from '@cpp/eventsourcing';
import type { AgencyFact } from '@cpp/organizations';
import { ReportingFrequency, ReportingRegime } from './document';
import { distinct, optionalDate, requireAgency, requireNotBefore, requireText } from './rules';

const FREQUENCIES: readonly ReportingFrequency[] = ['monthly', 'six-monthly', 'annual', 'ad-hoc'];

/**
 * A reporting regime must say what Nghị định 09/2019/NĐ-CP asks of one: content, who reports,
 * who receives, how, how often, the data cut-off and the deadline. Returns it tidied.
 */
export function validRegime(regime: ReportingRegime, agencies: AgencyFact[], on: string | null): ReportingRegime {
  const regimeId = requireIdentifier(regime.regimeId, 'regimeId');
  const field = (name: string) => `Reporting regime ${regimeId}: ${name}`;
  if (!FREQUENCIES.includes(regime.frequency)) throw invalid(`${field('frequency')} must be one of ${FREQUENCIES.join(', ')}`, { regimeId });
  const activeFrom = requireLocalDate(regime.activeFrom, field('activeFrom'));
  const activeUntil = optionalDate(regime.activeUntil, field('activeUntil'));
  if (activeUntil !== null) requireNotBefore(activeUntil, activeFrom, field('activeUntil'), 'its activeFrom');
  const reportingAgencyIds = distinct(regime.reportingAgencyIds);
  for (const agencyId of reportingAgencyIds) requireAgency(agencies, agencyId, `reporting agency of regime ${regimeId}`, on);
  requireAgency(agencies, regime.recipientAgencyId, `recipient of regime ${regimeId}`, on);
  return {
    regimeId,
    title: requireText(regime.title, field('title')),
    content: requireText(regime.content, field('content')),
    reportingAgencyIds,
    recipientAgencyId: regime.recipientAgencyId,
    method: requireText(regime.method, field('method')),
    frequency: regime.frequency,
    deadline: validDeadline(regime, field('deadline')),
    cutoff: requireText(regime.cutoff, field('cutoff (thời gian chốt số liệu)')),
    activeFrom,
    activeUntil,
  };
}

/**
 * monthly: a day every month has (1–28), month null; six-monthly and annual: a real day of a
 * month in any year, so 29/2 is refused; ad-hoc: none, each request sets its own due date.
 */
function validDeadline(regime: ReportingRegime, field: string): ReportingRegime['deadline'] {
  const { deadline, frequency } = regime;
  if (frequency === 'ad-hoc') {
    if (deadline !== null) throw invalid(`${field}: an ad-hoc regime has no fixed deadline; each request sets its due date`, { regimeId: regime.regimeId });
    return null;
  }
  if (deadline === null) throw invalid(`${field} is required for a ${frequency} regime`, { regimeId: regime.regimeId });
  if (frequency === 'monthly') {
    if (deadline.month !== null || !Number.isInteger(deadline.day) || deadline.day < 1 || deadline.day > 28) {
      throw invalid(`${field}: a monthly deadline is a day of the month from 1 to 28, without a month`, { regimeId: regime.regimeId });
    }
    return { month: null, day: deadline.day };
  }
  const { month, day } = deadline;
  if (month === null || !isLocalDate(`2023-${pad(month)}-${pad(day)}`)) {
    throw invalid(`${field}: a ${frequency} deadline is a day and month that exist every year, got ${day}/${month}`, { regimeId: regime.regimeId });
  }
  return { month, day };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
