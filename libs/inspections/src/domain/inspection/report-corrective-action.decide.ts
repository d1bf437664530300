import { conflict, forbidden } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { requireText } from '../values';
import { ReportCorrectiveAction } from './commands';
import { requireInspection, requireNotBefore, requireRecommendation } from './guards';
import { InspectionState } from './state';

/** The responsible agency, and only it, reports what it did. */
export function decideReportCorrectiveAction(command: ReportCorrectiveAction, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  const recommendation = requireRecommendation(inspection, command.recommendationId);
  if (command.by.agencyId !== recommendation.responsibleAgencyId) {
    throw forbidden(`Only ${recommendation.responsibleAgencyId}, the responsible agency, reports on recommendation ${command.recommendationId}`);
  }
  if (recommendation.status === 'reported') throw conflict(`Recommendation ${command.recommendationId} is already reported and awaits verification`);
  if (recommendation.status === 'closed') throw conflict(`Recommendation ${command.recommendationId} is closed`);
  const action = requireText(command.action, 'action', 4000);
  requireNotBefore(command.reportedOn, 'reportedOn', recommendation.since, 'the recommendation was issued or reopened');
  return [
    {
      type: 'CorrectiveActionReported',
      data: {
        inspectionId: command.inspectionId,
        recommendationId: command.recommendationId,
        responsibleAgencyId: recommendation.responsibleAgencyId,
        action,
        reportedOn: command.reportedOn,
      },
    },
  ];
}
