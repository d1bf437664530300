import { conflict, forbidden, invalid, notFound } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { requireDistinct, requireFieldworkOpen, requireInspection, requireLocalDate, requireNotBefore, requireSlug, requireTeamMember, requireText } from './guards';
import { CloseRecommendation, IssueRecommendation, ReopenRecommendation, ReportCorrectiveAction } from './inspection.commands';
import { ActiveInspection, InspectionState, RecommendationState } from './inspection.state';

/** A recommendation (kiến nghị) answers nonconformities; it becomes an obligation of the responsible agency. */
export function decideIssueRecommendation(command: IssueRecommendation, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  requireTeamMember(inspection, command.by, 'issue its recommendations');
  const startedOn = requireFieldworkOpen(inspection, 'issue recommendations');
  requireSlug(command.recommendationId, 'recommendationId');
  if (inspection.recommendations[command.recommendationId]) throw conflict(`Recommendation ${command.recommendationId} is already issued`);
  if (command.findingIds.length === 0) throw invalid('A recommendation answers at least one finding', { field: 'findingIds' });
  requireDistinct(command.findingIds, 'findingIds');
  for (const findingId of command.findingIds) {
    const finding = inspection.findings[findingId];
    if (!finding) throw invalid(`Finding ${findingId} is not recorded in inspection ${command.inspectionId}`, { field: 'findingIds' });
    if (finding.conformity !== 'nonconforming') throw invalid(`Finding ${findingId} is a conformity; there is nothing to correct`, { field: 'findingIds' });
  }
  if (!command.responsibleAgency) throw notFound(`Responsible agency ${command.responsibleAgencyId} is not registered`);
  if (command.responsibleAgency.status !== 'active') throw invalid(`Responsible agency ${command.responsibleAgencyId} is ${command.responsibleAgency.status}`);
  const correctiveAction = requireText(command.correctiveAction, 'correctiveAction', 2000);
  requireNotBefore(command.issuedOn, 'issuedOn', startedOn, 'the start of the inspection');
  requireLocalDate(command.dueDate, 'dueDate');
  if (command.dueDate <= command.issuedOn) throw invalid(`The deadline ${command.dueDate} must fall after the recommendation is issued (${command.issuedOn})`, { field: 'dueDate' });
  return [
    {
      type: 'RecommendationIssued',
      data: {
        inspectionId: command.inspectionId,
        recommendationId: command.recommendationId,
        findingIds: command.findingIds,
        responsibleAgencyId: command.responsibleAgencyId,
        correctiveAction,
        dueDate: command.dueDate,
        issuedOn: command.issuedOn,
        issuingAgencyId: inspection.leadAgencyId,
      },
    },
  ];
}

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
      data: { inspectionId: command.inspectionId, recommendationId: command.recommendationId, responsibleAgencyId: recommendation.responsibleAgencyId, action, reportedOn: command.reportedOn },
    },
  ];
}

/** The team verifies the reported action on the ground: effective, the recommendation closes. */
export function decideCloseRecommendation(command: CloseRecommendation, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  requireTeamMember(inspection, command.by, 'verify corrective actions');
  const recommendation = requireRecommendation(inspection, command.recommendationId);
  if (recommendation.status !== 'reported') throw conflict(`Recommendation ${command.recommendationId} is ${recommendation.status}; only a reported corrective action can be verified`);
  const verification = requireText(command.verification, 'verification', 4000);
  requireNotBefore(command.closedOn, 'closedOn', recommendation.reportedOn!, 'the corrective action was reported');
  return [{ type: 'RecommendationClosed', data: { inspectionId: command.inspectionId, recommendationId: command.recommendationId, closedOn: command.closedOn, verification } }];
}

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
  if (command.newDueDate <= command.reopenedOn) throw invalid(`The new deadline ${command.newDueDate} must fall after ${command.reopenedOn}`, { field: 'newDueDate' });
  return [
    {
      type: 'RecommendationReopened',
      data: { inspectionId: command.inspectionId, recommendationId: command.recommendationId, reopenedOn: command.reopenedOn, reason, newDueDate: command.newDueDate },
    },
  ];
}

function requireRecommendation(inspection: ActiveInspection, recommendationId: string): RecommendationState {
  const recommendation = inspection.recommendations[recommendationId];
  if (!recommendation) throw notFound(`Recommendation ${recommendationId} is not issued by inspection ${inspection.inspectionId}`);
  return recommendation;
}
