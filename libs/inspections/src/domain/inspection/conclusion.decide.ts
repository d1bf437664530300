import { conflict, forbidden, invalid } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { isTeamMember, requireInspection, requireNotBefore, requireTeamMember, requireText } from './guards';
import { AppraiseConclusion, DraftConclusion, IssueConclusion } from './inspection.commands';
import { InspectionState } from './inspection.state';

/** `15/KL-TTr`, `123/KL-SLĐTBXH`: a number, a slash, the symbol. */
const CONCLUSION_NUMBER = /^\d{1,6}\/[\p{L}\p{N}&.\-/]{1,60}$/u;

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

/** Thẩm định: the 2025 law requires an appraisal, by someone outside the team, before issue. */
export function decideAppraiseConclusion(command: AppraiseConclusion, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  if (isTeamMember(inspection, command.by)) throw forbidden(`A member of inspection ${command.inspectionId}'s team cannot appraise its own conclusion`);
  if (inspection.conclusion.status !== 'draft') {
    throw conflict(
      inspection.conclusion.status === 'none' ? `Inspection ${command.inspectionId} has no draft conclusion to appraise` : `The conclusion of inspection ${command.inspectionId} is already ${inspection.conclusion.status}`,
    );
  }
  const opinion = requireText(command.opinion, 'opinion', 20000);
  requireNotBefore(command.appraisedOn, 'appraisedOn', inspection.conclusion.draftedOn!, 'the draft');
  return [{ type: 'ConclusionAppraised', data: { inspectionId: command.inspectionId, opinion, appraisedOn: command.appraisedOn, appraisedBy: command.by.subject } }];
}

export function decideIssueConclusion(command: IssueConclusion, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  const { status, appraisedOn } = inspection.conclusion;
  if (status === 'issued') throw conflict(`The conclusion of inspection ${command.inspectionId} is already issued`);
  if (status !== 'appraised') throw conflict(`The conclusion of inspection ${command.inspectionId} must be appraised (thẩm định) before it is issued; it is ${status === 'none' ? 'not drafted' : 'a draft'}`);
  const conclusionNumber = command.conclusionNumber.trim();
  if (!CONCLUSION_NUMBER.test(conclusionNumber)) throw invalid(`Conclusion number "${command.conclusionNumber}" must read like 15/KL-TTr`, { field: 'conclusionNumber' });
  requireNotBefore(command.issuedOn, 'issuedOn', appraisedOn!, 'the appraisal');
  return [{ type: 'ConclusionIssued', data: { inspectionId: command.inspectionId, conclusionNumber, issuedOn: command.issuedOn } }];
}
