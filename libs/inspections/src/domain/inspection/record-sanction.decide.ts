import { conflict, invalid, requireIdentifier } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { requireDistinct, requireOneOf, requireText } from '../values';
import { ACCOUNTABLE_ROLES, SANCTION_MEASURES } from '../vocabulary';
import { RecordSanction } from './commands';
import { requireInspection, requireNotBefore, requireTeamMember } from './guards';
import { InspectionState } from './state';

/**
 * Accountability of the head of the facility or agency (trách nhiệm người đứng đầu) for the
 * violations found; decisions often come after the conclusion, so they may be recorded then too.
 */
export function decideRecordSanction(command: RecordSanction, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  requireTeamMember(inspection, command.by, 'record sanctions');
  if (inspection.startedOn === null) throw conflict(`Inspection ${command.inspectionId} has not started; there is nothing to sanction yet`);
  requireIdentifier(command.sanctionId, 'sanctionId');
  if (inspection.sanctionIds.includes(command.sanctionId)) throw conflict(`Sanction ${command.sanctionId} is already recorded`);
  if (!inspection.targets[command.targetId]) throw invalid(`${command.targetId} is not a target of inspection ${command.inspectionId}`, { field: 'targetId' });
  if (command.findingIds.length === 0) throw invalid('A sanction answers at least one finding', { field: 'findingIds' });
  requireDistinct(command.findingIds, 'findingIds');
  for (const findingId of command.findingIds) {
    const finding = inspection.findings[findingId];
    if (!finding || finding.targetId !== command.targetId)
      throw invalid(`Finding ${findingId} is not a finding on ${command.targetId}`, { field: 'findingIds' });
    if (finding.conformity !== 'nonconforming') throw invalid(`Finding ${findingId} is a conformity; it calls for no sanction`, { field: 'findingIds' });
  }
  requireOneOf(command.personRole, ACCOUNTABLE_ROLES, 'personRole');
  requireOneOf(command.measure, SANCTION_MEASURES, 'measure');
  requireNotBefore(command.decidedOn, 'decidedOn', inspection.startedOn, 'the start of the inspection');
  return [
    {
      type: 'SanctionRecorded',
      data: {
        inspectionId: command.inspectionId,
        sanctionId: command.sanctionId,
        targetId: command.targetId,
        findingIds: command.findingIds,
        personRole: command.personRole,
        personName: requireText(command.personName, 'personName', 200),
        measure: command.measure,
        legalBasis: requireText(command.legalBasis, 'legalBasis', 500),
        decisionNumber: requireText(command.decisionNumber, 'decisionNumber', 100),
        decidedOn: command.decidedOn,
      },
    },
  ];
}
