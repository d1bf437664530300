import { conflict, invalid, requireLocalDate } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { requireText } from '../values';
import { ReopenRecommendation } from './commands';
import { requireInspection, requireNotBefore, requireRecommendation, requireTeamMember } from './guards';
import { InspectionState } from './state';

/** The action did not hold (on verification, or later): open again, with a new deadline. */
export function decideReopenRecommendation(command: ReopenRecommendation, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  requireTeamMember(inspection, command.by, 'reopen its recommendations');
  const recommendation = requireRecommendation(inspection, command.recommendationId);
  if (recommendation.status !== 'reported' && recommendation.status !== 'closed') {
    throw conflict(`Recommendation ${command.recommendationId} is ${recommendation.status}; only a reported or closed one can be reopened`);
  }
  const reason = requireText(command.reason, 'reason', 4000);
  requireNotBefore(command.reopenedOn, 'reopenedOn', recommendation.closedOn ?? recommendation.reportedOn!, 'the last follow-up step');
  requireLocalDate(command.newDueDate, 'newDueDate');
  if (command.newDueDate <= command.reopenedOn)
    throw invalid(`The new deadline ${command.newDueDate} must fall after ${command.reopenedOn}`, { field: 'newDueDate' });
  return [
    {
      type: 'RecommendationReopened',
      data: {
        inspectionId: command.inspectionId,
        recommendationId: command.recommendationId,
        reopenedOn: command.reopenedOn,
        reason,
        newDueDate: command.newDueDate,
      },
    },
  ];
}
