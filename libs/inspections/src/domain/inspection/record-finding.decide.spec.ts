import { deciderSpec } from '@cpp/eventsourcing/testing';
import { InspectionEvent } from '../events';
import { appraised as conclusionAppraised, drafted as conclusionDrafted, inProgress, issued as conclusionIssued } from '../../testing/conclusion-fixtures';
import { conformityRecorded, findingRecorded, HASH, INSPECTION_ID, outsider, planned, recordFinding, started } from '../../testing/inspection-fixtures';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpec(inspectionDecider);
const earlier = { inspectionId: 'kt-ttbtxh-soc-trang-2022', findingId: 'f-nhan-su-2022', observedOn: '2022-09-14' };
/** As the findings read model holds it: on the same target and criterion as recordFinding(). */
const onRecord = (finding: typeof earlier) => ({
  ...finding,
  targetId: 'ttbtxh-soc-trang-co-so',
  criterionCode: 'nhan-vien-cham-soc',
  conformity: 'nonconforming' as const,
});
const drafted: InspectionEvent = { type: 'ConclusionDrafted', data: { inspectionId: INSPECTION_ID, summary: 'Dự thảo', draftedOn: '2024-06-21' } };
const appraised: InspectionEvent = {
  type: 'ConclusionAppraised',
  data: { inspectionId: INSPECTION_ID, opinion: 'Đạt', appraisedOn: '2024-06-25', appraisedBy: 'tham-dinh' },
};

describe('inspection decider: findings', () => {
  describe('recording', () => {
    it('given a started inspection, when a team member records a nonconformity, then FindingRecorded with who recorded it', () =>
      spec.given([planned, started]).when(recordFinding()).then([findingRecorded()]));

    it('given a started inspection, when a member records a conformity without severity, then FindingRecorded', () =>
      spec
        .given([planned, started])
        .when(
          recordFinding({
            findingId: 'f-ho-so',
            criterionCode: 'ho-so-tre-em',
            criterion: 'Hồ sơ quản lý trẻ em',
            conformity: 'conforming',
            severity: null,
            description: 'Hồ sơ đầy đủ',
            evidence: [],
          }),
        )
        .then([conformityRecorded]));

    it('given a started inspection, when someone outside the team records a finding, then FORBIDDEN', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ by: outsider }))
        .thenRefuses('FORBIDDEN', /Only members of inspection kt-ttbtxh-soc-trang-2024's team may record/));

    it('given a planned inspection not yet started, when a finding is recorded, then CONFLICT', () =>
      spec
        .given([planned])
        .when(recordFinding())
        .thenRefuses('CONFLICT', /has not started/));

    it('given nothing, when a finding is recorded, then NOT_FOUND', () => spec.given([]).when(recordFinding()).thenRefuses('NOT_FOUND'));

    it('given a recorded finding, when the same id is recorded again, then CONFLICT', () =>
      spec
        .given([planned, started, findingRecorded()])
        .when(recordFinding())
        .thenRefuses('CONFLICT', /already recorded/));

    it('given a started inspection, when the target is not one of the plan’s, then BAD_USER_INPUT', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ targetId: 'truong-khac' }))
        .thenRefuses('BAD_USER_INPUT', /not a target/));

    it('given a started inspection, when a nonconformity has no severity, then BAD_USER_INPUT', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ severity: null }))
        .thenRefuses('BAD_USER_INPUT', /needs a severity/));

    it('given a started inspection, when a conformity has a severity, then BAD_USER_INPUT', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ conformity: 'conforming' }))
        .thenRefuses('BAD_USER_INPUT', /no severity/));

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
      spec
        .given([planned, started])
        .when(recordFinding({ criterion: '   ' }))
        .thenRefuses('BAD_USER_INPUT', /criterion must not be empty/));

    it('given a started inspection, when observed before the visit began, then BAD_USER_INPUT', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ observedOn: '2024-06-01' }))
        .thenRefuses('BAD_USER_INPUT', /before the start/));

    it('given an appraised conclusion, when a finding is recorded, then CONFLICT: the findings are closed', () =>
      spec
        .given([planned, started, drafted, appraised])
        .when(recordFinding())
        .thenRefuses('CONFLICT', /already appraised/));
  });

  describe('recurrence', () => {
    it('given an earlier inspection’s nonconformity on the same target and criterion, when a nonconformity is recorded, then it is flagged as recurring', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ findingsOnRecord: [onRecord(earlier)] }))
        .then([findingRecorded({ recurrenceOf: earlier })]));

    it('given an earlier nonconformity, when a conformity is recorded on the same criterion, then nothing recurs: it was corrected', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ conformity: 'conforming', severity: null, findingsOnRecord: [onRecord(earlier)] }))
        .then([findingRecorded({ conformity: 'conforming', severity: null })]));

    it('given an earlier nonconformity of this same inspection, when a nonconformity is recorded, then it is not a recurrence', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ findingsOnRecord: [onRecord({ ...earlier, inspectionId: INSPECTION_ID })] }))
        .then([findingRecorded()]));

    it('given a nonconformity observed after this one, when a nonconformity is recorded, then it is not a recurrence', () =>
      spec
        .given([planned, started])
        .when(recordFinding({ findingsOnRecord: [onRecord({ ...earlier, observedOn: '2024-06-12' })] }))
        .then([findingRecorded()]));
  });

  describe('after the conclusion', () => {
    it('given an issued conclusion, when a finding is recorded, then CONFLICT', () =>
      spec
        .given([...inProgress, conclusionDrafted, conclusionAppraised, conclusionIssued])
        .when(recordFinding({ findingId: 'f-moi' }))
        .thenRefuses('CONFLICT', /already issued/));
  });
});
