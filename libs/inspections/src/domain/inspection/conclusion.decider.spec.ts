import { deciderSpec } from '@cpp/eventsourcing/testing';
import { InspectionEvent } from '../events';
import { conformityRecorded, findingRecorded, head, INSPECTION_ID, outsider, planned, recordFinding, started } from '../../testing/inspection-fixtures';
import { AppraiseConclusion, DraftConclusion, IssueConclusion, RecordSanction } from './inspection.commands';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpec(inspectionDecider);
const committee = { subject: 'ban-chi-dao', agencyId: 'ubnd-soc-trang' };
const draft = (change: Partial<DraftConclusion> = {}): DraftConclusion => ({
  type: 'DraftConclusion',
  inspectionId: INSPECTION_ID,
  summary: 'Trung tâm chưa bảo đảm định mức nhân viên chăm sóc',
  draftedOn: '2024-06-21',
  by: head,
  ...change,
});
const appraise = (change: Partial<AppraiseConclusion> = {}): AppraiseConclusion => ({
  type: 'AppraiseConclusion',
  inspectionId: INSPECTION_ID,
  opinion: 'Thống nhất dự thảo',
  appraisedOn: '2024-06-25',
  by: committee,
  ...change,
});
const issue = (change: Partial<IssueConclusion> = {}): IssueConclusion => ({ type: 'IssueConclusion', inspectionId: INSPECTION_ID, conclusionNumber: '15/KL-SLĐTBXH', issuedOn: '2024-06-28', ...change });
const drafted: InspectionEvent = { type: 'ConclusionDrafted', data: { inspectionId: INSPECTION_ID, summary: 'Trung tâm chưa bảo đảm định mức nhân viên chăm sóc', draftedOn: '2024-06-21' } };
const appraised: InspectionEvent = { type: 'ConclusionAppraised', data: { inspectionId: INSPECTION_ID, opinion: 'Thống nhất dự thảo', appraisedOn: '2024-06-25', appraisedBy: 'ban-chi-dao' } };
const issued: InspectionEvent = { type: 'ConclusionIssued', data: { inspectionId: INSPECTION_ID, conclusionNumber: '15/KL-SLĐTBXH', issuedOn: '2024-06-28' } };
const inProgress = [planned, started, findingRecorded(), conformityRecorded];

describe('inspection decider: conclusion (draft → appraised → issued)', () => {
  it('given a started inspection, when the team drafts the conclusion, then ConclusionDrafted', () => spec.given(inProgress).when(draft()).then([drafted]));

  it('given a planned inspection, when a conclusion is drafted, then CONFLICT', () => spec.given([planned]).when(draft()).thenRefuses('CONFLICT', /not started/));

  it('given a started inspection, when someone outside the team drafts, then FORBIDDEN', () => spec.given(inProgress).when(draft({ by: outsider })).thenRefuses('FORBIDDEN'));

  it('given a draft, when issued without appraisal, then CONFLICT: the 2025 law requires thẩm định first', () =>
    spec.given([...inProgress, drafted]).when(issue()).thenRefuses('CONFLICT', /must be appraised \(thẩm định\) before it is issued; it is a draft/));

  it('given no draft, when issued, then CONFLICT', () => spec.given(inProgress).when(issue()).thenRefuses('CONFLICT', /not drafted/));

  it('given a draft, when someone outside the team appraises it, then ConclusionAppraised', () => spec.given([...inProgress, drafted]).when(appraise()).then([appraised]));

  it('given a draft, when a team member appraises it, then FORBIDDEN: the appraisal is independent', () =>
    spec.given([...inProgress, drafted]).when(appraise({ by: head })).thenRefuses('FORBIDDEN', /own conclusion/));

  it('given no draft, when appraised, then CONFLICT', () => spec.given(inProgress).when(appraise()).thenRefuses('CONFLICT', /no draft/));

  it('given a draft, when appraised before it was drafted, then BAD_USER_INPUT', () =>
    spec.given([...inProgress, drafted]).when(appraise({ appraisedOn: '2024-06-20' })).thenRefuses('BAD_USER_INPUT', /before the draft/));

  it('given an appraised draft, when issued with its number, then ConclusionIssued', () => spec.given([...inProgress, drafted, appraised]).when(issue()).then([issued]));

  it('given an appraised draft, when the number is not a document number, then BAD_USER_INPUT', () =>
    spec.given([...inProgress, drafted, appraised]).when(issue({ conclusionNumber: 'kết luận' })).thenRefuses('BAD_USER_INPUT', /15\/KL-TTr/));

  it('given an appraised draft, when redrafted, then the new draft must be appraised again', () => {
    spec.given([...inProgress, drafted, appraised]).when(draft({ draftedOn: '2024-06-26' })).then([{ ...drafted, data: { ...(drafted.data as object), draftedOn: '2024-06-26' } } as InspectionEvent]);
    spec.given([...inProgress, drafted, appraised, { ...drafted, data: { ...(drafted.data as object), draftedOn: '2024-06-26' } } as InspectionEvent]).when(issue()).thenRefuses('CONFLICT', /a draft/);
  });

  it('given an issued conclusion, when issued again, then CONFLICT', () => spec.given([...inProgress, drafted, appraised, issued]).when(issue()).thenRefuses('CONFLICT', /already issued/));

  it('given an issued conclusion, when redrafted, then CONFLICT', () => spec.given([...inProgress, drafted, appraised, issued]).when(draft()).thenRefuses('CONFLICT', /already issued/));

  it('given an issued conclusion, when a finding is recorded, then CONFLICT', () =>
    spec.given([...inProgress, drafted, appraised, issued]).when(recordFinding({ findingId: 'f-moi' })).thenRefuses('CONFLICT', /already issued/));
});

describe('inspection decider: sanctions and accountability of the head', () => {
  const sanction = (change: Partial<RecordSanction> = {}): RecordSanction => ({
    type: 'RecordSanction',
    inspectionId: INSPECTION_ID,
    sanctionId: 'xl-giam-doc-ttbtxh',
    targetId: 'ttbtxh-soc-trang-co-so',
    findingIds: ['f-nhan-su'],
    personRole: 'head-of-facility',
    personName: 'Giám đốc Trung tâm',
    measure: 'reprimand',
    legalBasis: 'Nghị định 112/2020/NĐ-CP',
    decisionNumber: '120/QĐ-SLĐTBXH',
    decidedOn: '2024-07-10',
    by: head,
    ...change,
  });

  it('given a nonconformity on the facility, when the head’s accountability is recorded, then SanctionRecorded with role and name only', () =>
    spec.given(inProgress).when(sanction()).then([
      {
        type: 'SanctionRecorded',
        data: {
          inspectionId: INSPECTION_ID,
          sanctionId: 'xl-giam-doc-ttbtxh',
          targetId: 'ttbtxh-soc-trang-co-so',
          findingIds: ['f-nhan-su'],
          personRole: 'head-of-facility',
          personName: 'Giám đốc Trung tâm',
          measure: 'reprimand',
          legalBasis: 'Nghị định 112/2020/NĐ-CP',
          decisionNumber: '120/QĐ-SLĐTBXH',
          decidedOn: '2024-07-10',
        },
      },
    ]));

  it('given an issued conclusion, when a sanction decided afterwards is recorded, then SanctionRecorded', () =>
    expect(inspectionDecider.decide(sanction(), [...inProgress, drafted, appraised, issued].reduce(inspectionDecider.evolve, inspectionDecider.initialState()))).toHaveLength(1));

  it('given a conformity, when a sanction answers it, then BAD_USER_INPUT', () =>
    spec.given(inProgress).when(sanction({ findingIds: ['f-ho-so'] })).thenRefuses('BAD_USER_INPUT', /calls for no sanction/));

  it('given a finding on another target, when a sanction links it, then BAD_USER_INPUT', () =>
    spec.given(inProgress).when(sanction({ targetId: 'ke-sach' })).thenRefuses('BAD_USER_INPUT', /not a finding on ke-sach/));

  it('given findings, when the measure is unknown, then BAD_USER_INPUT', () =>
    spec.given(inProgress).when(sanction({ measure: 'flogging' as never })).thenRefuses('BAD_USER_INPUT', /measure/));

  it('given findings, when the person’s role is not a head, then BAD_USER_INPUT', () =>
    spec.given(inProgress).when(sanction({ personRole: 'teacher' as never })).thenRefuses('BAD_USER_INPUT', /personRole/));

  it('given findings, when someone outside the team records a sanction, then FORBIDDEN', () =>
    spec.given(inProgress).when(sanction({ by: outsider })).thenRefuses('FORBIDDEN'));

  it('given a recorded sanction, when recorded again, then CONFLICT', () => {
    const [recorded] = inspectionDecider.decide(sanction(), inProgress.reduce(inspectionDecider.evolve, inspectionDecider.initialState()));
    spec.given([...inProgress, recorded]).when(sanction()).thenRefuses('CONFLICT', /already recorded/);
  });

  it('given a planned inspection, when a sanction is recorded, then CONFLICT', () => spec.given([planned]).when(sanction()).thenRefuses('CONFLICT', /not started/));
});
