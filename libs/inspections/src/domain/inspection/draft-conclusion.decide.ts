import { conflict } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { requireText } from '../values';
import { DraftConclusion } from './commands';
import { requireInspection, requireNotBefore, requireTeamMember } from './guards';
import { InspectionState } from './state';

/** The team drafts (dự thảo kết luận); a new draft after an appraisal must be appraised again. */
export function decideDraftConclusion(command: DraftConclusion, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  requireTeamMember(inspection, command.by, 'draft its conclusion');
  if (inspection.startedOn === null) throw conflict(`Inspection ${command.inspectionId} has not started; there is nothing to conclude`);
  if (inspection.conclusion.status === 'issued') throw conflict(`The conclusion of inspection ${command.inspectionId} is already issued`);
  const summary = requireText(command.summary, 'summary', 20000);
  requireNotBefore(command.draftedOn, 'draftedOn', inspection.startedOn, 'the start of the inspection');
  return [{ type: 'ConclusionDrafted', data: { inspectionId: command.inspectionId, summary, draftedOn: command.draftedOn } }];
}
