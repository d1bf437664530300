import { conflict, forbidden } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { requireText } from '../values';
import { AppraiseConclusion } from './commands';
import { requireInspection, requireNotBefore, teamMemberOf } from './guards';
import { InspectionState } from './state';

/** Thẩm định: the 2025 law requires an appraisal, by someone outside the team, before issue. */
export function decideAppraiseConclusion(command: AppraiseConclusion, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  if (teamMemberOf(inspection, command.by)) throw forbidden(`A member of inspection ${command.inspectionId}'s team cannot appraise its own conclusion`);
  // The appraisal is recorded under the appraiser's name: an agency system has none to sign with.
  const appraisedBy = command.by.subject;
  if (appraisedBy === null) throw forbidden(`The conclusion of inspection ${command.inspectionId} is appraised by a person, not an agency system`);
  if (inspection.conclusion.status !== 'draft') {
    throw conflict(
      inspection.conclusion.status === 'none'
        ? `Inspection ${command.inspectionId} has no draft conclusion to appraise`
        : `The conclusion of inspection ${command.inspectionId} is already ${inspection.conclusion.status}`,
    );
  }
  const opinion = requireText(command.opinion, 'opinion', 20000);
  requireNotBefore(command.appraisedOn, 'appraisedOn', inspection.conclusion.draftedOn!, 'the draft');
  return [{ type: 'ConclusionAppraised', data: { inspectionId: command.inspectionId, opinion, appraisedOn: command.appraisedOn, appraisedBy } }];
}
