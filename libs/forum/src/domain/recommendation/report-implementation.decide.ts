import { conflict, forbidden, invalid, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { answeringAgency } from './answering-agency';
import { IMPLEMENTATION_STATUSES, requireOneOf, requireText } from '../vocabulary';
import { ReportImplementation } from './commands';
import { RecommendationEvent } from './events';
import { RecommendationState } from './state';

/** What the agency did about an answer it gave; "not possible" needs the reason. */
export function decideReportImplementation(command: ReportImplementation, state: RecommendationState): RecommendationEvent[] {
  if (state.status === 'none') throw notFound(`No recommendation ${command.recommendationId}`);
  if (state.status !== 'answered' || !state.responsibleAgencyId)
    throw conflict(`Recommendation ${state.recommendationId} must be answered before its implementation is reported`);
  const reportingAgencyId = answeringAgency(command.requester, [state.responsibleAgencyId, ...command.successorAgencyIds]);
  if (!reportingAgencyId) throw forbidden(`Only ${state.responsibleAgencyId} (or its successor) reports on recommendation ${state.recommendationId}`);
  if (state.answer!.decision === 'not-accepted') throw conflict(`Recommendation ${state.recommendationId} was not accepted; there is nothing to implement`);
  const last = state.implementation[state.implementation.length - 1];
  if (last && last.status !== 'continuing') throw conflict(`Recommendation ${state.recommendationId} was already reported ${last.status}`);
  const status = requireOneOf(command.status, IMPLEMENTATION_STATUSES, 'status');
  requireLocalDate(command.reportedOn, 'reportedOn');
  if (command.reportedOn > command.today) throw invalid(`A report cannot be dated ${command.reportedOn}, after today (${command.today})`);
  const reason = command.reason?.trim() || null;
  if (status === 'not-possible' && !reason) throw invalid('Implementation that is not possible needs the reason', { field: 'reason' });
  return [
    {
      type: 'ImplementationReported',
      data: {
        recommendationId: state.recommendationId,
        forumId: state.forumId,
        responsibleAgencyId: state.responsibleAgencyId,
        status,
        note: requireText(command.note, 'note'),
        reason,
        reportedOn: command.reportedOn,
        reportingAgencyId,
      },
    },
  ];
}
