import { conflict, invalid, requireIdentifier } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { RecordFinding } from './commands';
import { findingContent } from './finding-content';
import { requireFieldworkOpen, requireInspection, requireNotBefore, requireTeamMember } from './guards';
import { InspectionState } from './state';

/** A member of the team records what they found on a target against a criterion of the outline. */
export function decideRecordFinding(command: RecordFinding, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  const member = requireTeamMember(inspection, command.by, 'record its findings');
  const startedOn = requireFieldworkOpen(inspection, 'record findings');
  requireIdentifier(command.findingId, 'findingId');
  if (inspection.findings[command.findingId]) throw conflict(`Finding ${command.findingId} is already recorded; revise it instead`);
  if (!inspection.targets[command.targetId]) throw invalid(`${command.targetId} is not a target of inspection ${command.inspectionId}`, { field: 'targetId' });
  requireIdentifier(command.criterionCode, 'criterionCode');
  requireNotBefore(command.observedOn, 'observedOn', startedOn, 'the start of the inspection');
  const { inspectionId, findingId, targetId, criterionCode, observedOn } = command;
  const content = findingContent(command, { inspectionId, targetId, criterionCode, observedOn }, command.findingsOnRecord);
  return [{ type: 'FindingRecorded', data: { inspectionId, findingId, targetId, criterionCode, observedOn, ...content, recordedBy: member.subject } }];
}
