import { conflict, invalid } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { IssueConclusion } from './commands';
import { requireInspection, requireNotBefore } from './guards';
import { InspectionState } from './state';

/** `15/KL-TTr`, `123/KL-SLĐTBXH`: a number, a slash, the symbol. */
const CONCLUSION_NUMBER = /^\d{1,6}\/[\p{L}\p{N}&.\-/]{1,60}$/u;

/** Ký ban hành kết luận: signed by the head of the inspecting agency, once appraised; published with what it stands on. */
export function decideIssueConclusion(command: IssueConclusion, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  const { status, appraisedOn } = inspection.conclusion;
  if (status === 'issued') throw conflict(`The conclusion of inspection ${command.inspectionId} is already issued`);
  if (status !== 'appraised')
    throw conflict(
      `The conclusion of inspection ${command.inspectionId} must be appraised (thẩm định) before it is issued; it is ${status === 'none' ? 'not drafted' : 'a draft'}`,
    );
  const conclusionNumber = command.conclusionNumber.trim();
  if (!CONCLUSION_NUMBER.test(conclusionNumber))
    throw invalid(`Conclusion number "${command.conclusionNumber}" must read like 15/KL-TTr`, { field: 'conclusionNumber' });
  requireNotBefore(command.issuedOn, 'issuedOn', appraisedOn!, 'the appraisal');
  const { leadAgencyId, conclusion, recommendations } = inspection;
  return [
    {
      type: 'ConclusionIssued',
      data: {
        inspectionId: command.inspectionId,
        conclusionNumber,
        issuedOn: command.issuedOn,
        leadAgencyId,
        summary: conclusion.summary,
        recommendationIds: [...recommendations.keys()],
      },
    },
  ];
}
