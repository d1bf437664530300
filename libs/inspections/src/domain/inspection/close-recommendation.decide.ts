import { conflict } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { requireText } from '../values';
import { CloseRecommendation } from './commands';
import { requireInspection, requireNotBefore, requireRecommendation, requireTeamMember } from './guards';
import { InspectionState } from './state';

/** The team verifies the reported action on the ground: effective, the recommendation closes. */
export function decideCloseRecommendation(command: CloseRecommendation, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  requireTeamMember(inspection, command.by, 'verify corrective actions');
  const recommendation = requireRecommendation(inspection, command.recommendationId);
  if (recommendation.status !== 'reported')
    throw conflict(`Recommendation ${command.recommendationId} is ${recommendation.status}; only a reported corrective action can be verified`);
  const verification = requireText(command.verification, 'verification', 4000);
  requireNotBefore(command.closedOn, 'closedOn', recommendation.reportedOn!, 'the corrective action was reported');
  return [
    {
      type: 'RecommendationClosed',
      data: { inspectionId: command.inspectionId, recommendationId: command.recommendationId, closedOn: command.closedOn, verification },
    },
  ];
}
