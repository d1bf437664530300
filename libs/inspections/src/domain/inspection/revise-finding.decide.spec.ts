import { deciderSpec } from '@cpp/eventsourcing/testing';
import { InspectionEvent } from '../events';
import { findingRecorded, HASH, head, INSPECTION_ID, member, outsider, planned, recordFinding, started } from '../../testing/inspection-fixtures';
import { ReviseFinding } from './commands';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpec(inspectionDecider);
const earlier = { inspectionId: 'kt-ttbtxh-soc-trang-2022', findingId: 'f-nhan-su-2022', observedOn: '2022-09-14' };
const onRecord = { ...earlier, targetId: 'ttbtxh-soc-trang-co-so', criterionCode: 'nhan-vien-cham-soc', conformity: 'nonconforming' as const };
const drafted: InspectionEvent = { type: 'ConclusionDrafted', data: { inspectionId: INSPECTION_ID, summary: 'Dự thảo', draftedOn: '2024-06-21' } };
const appraised: InspectionEvent = {
  type: 'ConclusionAppraised',
  data: { inspectionId: INSPECTION_ID, opinion: 'Đạt', appraisedOn: '2024-06-25', appraisedBy: 'tham-dinh' },
};

const revise = (change: Partial<ReviseFinding> = {}): ReviseFinding => {
  const { criterion, legalBasis, conformity, severity, evidence } = recordFinding();
  return {
    type: 'ReviseFinding',
    inspectionId: INSPECTION_ID,
    findingId: 'f-nhan-su',
    expectedRevision: 0,
    criterion,
    legalBasis,
    conformity,
    severity,
    description: 'Một nhân viên chăm sóc 14 trẻ em dưới 3 tuổi (đối chiếu lại sổ trực)',
    evidence,
    by: member,
    findingsOnRecord: [],
    ...change,
  };
};
const { inspectionId: _i, findingId: _f, targetId: _t, criterionCode: _c, observedOn: _o, recordedBy: _r, ...recordedContent } = findingRecorded().data;
const revised = (revision: number, description: string, revisedBy = 'tv-gddt'): InspectionEvent => ({
  type: 'FindingRevised',
  data: { inspectionId: INSPECTION_ID, findingId: 'f-nhan-su', ...recordedContent, description, revision, revisedBy },
});

describe('inspection decider: findings', () => {
  describe('revising, with the revision the editor read', () => {
    const recorded = [planned, started, findingRecorded()];
    it('given a finding at revision 0, when a member revises it expecting 0, then FindingRevised at revision 1', () =>
      spec
        .given(recorded)
        .when(revise())
        .then([revised(1, 'Một nhân viên chăm sóc 14 trẻ em dưới 3 tuổi (đối chiếu lại sổ trực)')]));

    it('given two members who both read revision 0 and one saved first, when the other saves expecting 0, then CONFLICT, never a silent overwrite', () =>
      spec
        .given([...recorded, revised(1, 'Bản của thành viên thứ nhất', 'tv-ldtbxh')])
        .when(revise())
        .thenRefuses('CONFLICT', /at revision 1, not 0/));

    it('given a finding revised once, when revised expecting 1, then revision 2', () =>
      spec
        .given([...recorded, revised(1, 'Bản thứ nhất', 'tv-ldtbxh')])
        .when(revise({ expectedRevision: 1, description: 'Bản thứ hai' }))
        .then([revised(2, 'Bản thứ hai')]));

    it('given a finding, when revised with unchanged content, then nothing is written', () =>
      spec
        .given(recorded)
        .when(revise({ description: recordFinding().description }))
        .then([]));

    it('given a finding, when revised into a conformity, then its severity and recurrence fall away', () =>
      spec
        .given([planned, started, findingRecorded({ recurrenceOf: earlier })])
        .when(revise({ conformity: 'conforming', severity: null, findingsOnRecord: [onRecord] }))
        .then([
          {
            type: 'FindingRevised',
            data: {
              inspectionId: INSPECTION_ID,
              findingId: 'f-nhan-su',
              ...recordedContent,
              conformity: 'conforming',
              severity: null,
              description: 'Một nhân viên chăm sóc 14 trẻ em dưới 3 tuổi (đối chiếu lại sổ trực)',
              recurrenceOf: null,
              revision: 1,
              revisedBy: 'tv-gddt',
            },
          },
        ]));

    it('given a finding, when someone outside the team revises it, then FORBIDDEN', () =>
      spec
        .given(recorded)
        .when(revise({ by: outsider }))
        .thenRefuses('FORBIDDEN'));

    it('given a started inspection, when an unknown finding is revised, then NOT_FOUND', () =>
      spec
        .given([planned, started])
        .when(revise())
        .thenRefuses('NOT_FOUND', /f-nhan-su/));

    it('given an appraised conclusion, when a finding is revised, then CONFLICT', () =>
      spec
        .given([...recorded, drafted, appraised])
        .when(revise())
        .thenRefuses('CONFLICT', /already appraised/));

    it('given a finding, when the new evidence has a bad hash, then BAD_USER_INPUT', () =>
      spec
        .given(recorded)
        .when(revise({ evidence: [{ title: 'Biên bản', contentHash: HASH.slice(1) }], by: head }))
        .thenRefuses('BAD_USER_INPUT', /SHA-256/));
  });
});
