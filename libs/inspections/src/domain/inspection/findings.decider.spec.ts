import { deciderSpec } from '@cpp/eventsourcing/testing';
import { InspectionEvent } from '../events';
import { conformityRecorded, findingRecorded, HASH, head, INSPECTION_ID, member, outsider, planned, recordFinding, started } from '../../testing/inspection-fixtures';
import { ReviseFinding } from './inspection.commands';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpec(inspectionDecider);
const earlier = { inspectionId: 'kt-ttbtxh-soc-trang-2022', findingId: 'f-nhan-su-2022', observedOn: '2022-09-14' };
const drafted: InspectionEvent = { type: 'ConclusionDrafted', data: { inspectionId: INSPECTION_ID, summary: 'Dự thảo', draftedOn: '2024-06-21' } };
const appraised: InspectionEvent = { type: 'ConclusionAppraised', data: { inspectionId: INSPECTION_ID, opinion: 'Đạt', appraisedOn: '2024-06-25', appraisedBy: 'tham-dinh' } };

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
    earlierNonconformity: null,
    ...change,
  };
};
const { inspectionId: _i, findingId: _f, targetId: _t, criterionCode: _c, observedOn: _o, recordedBy: _r, ...recordedContent } = findingRecorded().data;
const revised = (revision: number, description: string, revisedBy = 'tv-gddt'): InspectionEvent => ({
  type: 'FindingRevised',
  data: { inspectionId: INSPECTION_ID, findingId: 'f-nhan-su', ...recordedContent, description, revision, revisedBy },
});

describe('inspection decider: findings', () => {
  describe('recording', () => {
    it('given a started inspection, when a team member records a nonconformity, then FindingRecorded with who recorded it', () =>
      spec.given([planned, started]).when(recordFinding()).then([findingRecorded()]));

    it('given a started inspection, when a member records a conformity without severity, then FindingRecorded', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ findingId: 'f-ho-so', criterionCode: 'ho-so-tre-em', criterion: 'Hồ sơ quản lý trẻ em', conformity: 'conforming', severity: null, description: 'Hồ sơ đầy đủ', evidence: [] }))
        .then([conformityRecorded]));

    it('given a started inspection, when someone outside the team records a finding, then FORBIDDEN', () =>
      spec.given([planned, started]).when(recordFinding({ by: outsider })).thenRefuses('FORBIDDEN', /Only members of inspection kt-ttbtxh-soc-trang-2024's team may record/));

    it('given a planned inspection not yet started, when a finding is recorded, then CONFLICT', () =>
      spec.given([planned]).when(recordFinding()).thenRefuses('CONFLICT', /has not started/));

    it('given nothing, when a finding is recorded, then NOT_FOUND', () => spec.given([]).when(recordFinding()).thenRefuses('NOT_FOUND'));

    it('given a recorded finding, when the same id is recorded again, then CONFLICT', () =>
      spec.given([planned, started, findingRecorded()]).when(recordFinding()).thenRefuses('CONFLICT', /already recorded/));

    it('given a started inspection, when the target is not one of the plan’s, then BAD_USER_INPUT', () =>
      spec.given([planned, started]).when(recordFinding({ targetId: 'truong-khac' })).thenRefuses('BAD_USER_INPUT', /not a target/));

    it('given a started inspection, when a nonconformity has no severity, then BAD_USER_INPUT', () =>
      spec.given([planned, started]).when(recordFinding({ severity: null })).thenRefuses('BAD_USER_INPUT', /needs a severity/));

    it('given a started inspection, when a conformity has a severity, then BAD_USER_INPUT', () =>
      spec.given([planned, started]).when(recordFinding({ conformity: 'conforming' })).thenRefuses('BAD_USER_INPUT', /no severity/));

    it('given a started inspection, when evidence is a file name instead of a content hash, then BAD_USER_INPUT', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ evidence: [{ title: 'Ảnh', contentHash: 'anh-chup.jpg' }] }))
        .thenRefuses('BAD_USER_INPUT', /SHA-256/));

    it('given a started inspection, when a finding refers to more than 20 pieces of evidence, then BAD_USER_INPUT', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ evidence: Array.from({ length: 21 }, (_, i) => ({ title: `Ảnh ${i}`, contentHash: HASH })) }))
        .thenRefuses('BAD_USER_INPUT', /at most 20/));

    it('given a started inspection, when the criterion is blank, then BAD_USER_INPUT', () =>
      spec.given([planned, started]).when(recordFinding({ criterion: '   ' })).thenRefuses('BAD_USER_INPUT', /criterion must not be empty/));

    it('given a started inspection, when observed before the visit began, then BAD_USER_INPUT', () =>
      spec.given([planned, started]).when(recordFinding({ observedOn: '2024-06-01' })).thenRefuses('BAD_USER_INPUT', /before the start/));

    it('given an appraised conclusion, when a finding is recorded, then CONFLICT: the findings are closed', () =>
      spec.given([planned, started, drafted, appraised]).when(recordFinding()).thenRefuses('CONFLICT', /already appraised/));
  });

  describe('recurrence', () => {
    it('given an earlier inspection’s nonconformity on the same target and criterion, when a nonconformity is recorded, then it is flagged as recurring', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ earlierNonconformity: earlier }))
        .then([findingRecorded({ recurrenceOf: earlier })]));

    it('given an earlier nonconformity, when a conformity is recorded on the same criterion, then nothing recurs: it was corrected', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ conformity: 'conforming', severity: null, earlierNonconformity: earlier }))
        .then([findingRecorded({ conformity: 'conforming', severity: null })]));

    it('given an earlier nonconformity of this same inspection, when a nonconformity is recorded, then it is not a recurrence', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ earlierNonconformity: { ...earlier, inspectionId: INSPECTION_ID } }))
        .then([findingRecorded()]));

    it('given a nonconformity observed after this one, when a nonconformity is recorded, then it is not a recurrence', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ earlierNonconformity: { ...earlier, observedOn: '2024-06-12' } }))
        .then([findingRecorded()]));
  });

  describe('revising, with the revision the editor read', () => {
    const recorded = [planned, started, findingRecorded()];
    it('given a finding at revision 0, when a member revises it expecting 0, then FindingRevised at revision 1', () =>
      spec.given(recorded).when(revise()).then([revised(1, 'Một nhân viên chăm sóc 14 trẻ em dưới 3 tuổi (đối chiếu lại sổ trực)')]));

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
        .when(revise({ conformity: 'conforming', severity: null, earlierNonconformity: earlier }))
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
      spec.given(recorded).when(revise({ by: outsider })).thenRefuses('FORBIDDEN'));

    it('given a started inspection, when an unknown finding is revised, then NOT_FOUND', () =>
      spec.given([planned, started]).when(revise()).thenRefuses('NOT_FOUND', /f-nhan-su/));

    it('given an appraised conclusion, when a finding is revised, then CONFLICT', () =>
      spec.given([...recorded, drafted, appraised]).when(revise()).thenRefuses('CONFLICT', /already appraised/));

    it('given a finding, when the new evidence has a bad hash, then BAD_USER_INPUT', () =>
      spec
        .given(recorded)
        .when(revise({ evidence: [{ title: 'Biên bản', contentHash: HASH.slice(1) }], by: head }))
        .thenRefuses('BAD_USER_INPUT', /SHA-256/));
  });
});
