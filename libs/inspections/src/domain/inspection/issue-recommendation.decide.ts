import { conflict, invalid, notFound, requireIdentifier, requireLocalDate } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { requireDistinct, requireText } from '../values';
import { IssueRecommendation } from './commands';
import { requireFieldworkOpen, requireInspection, requireNotBefore, requireTeamMember } from './guards';
import { InspectionState } from './state';

/** A recommendation (kiến nghị) answers nonconformities; it becomes an obligation of the responsible agency. */
export function decideIssueRecommendation(command: IssueRecommendation, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  requireTeamMember(inspection, command.by, 'issue its recommendations');
  const startedOn = requireFieldworkOpen(inspection, 'issue recommendations');
  requireIdentifier(command.recommendationId, 'recommendationId');
  if (inspection.recommendations.has(command.recommendationId)) throw conflict(`Recommendation ${command.recommendationId} is already issued`);
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
  if (command.dueDate <= command.issuedOn)
    throw invalid(`The deadline ${command.dueDate} must fall after the recommendation is issued (${command.issuedOn})`, { field: 'dueDate' });
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
