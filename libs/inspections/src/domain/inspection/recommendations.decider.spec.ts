import { deciderSpec } from '@cpp/eventsourcing/testing';
import { InspectionEvent } from '../events';
import { agencies, agency, conformityRecorded, facilityOfficer, findingRecorded, head, INSPECTION_ID, member, outsider, planned, started } from '../../testing/inspection-fixtures';
import { CloseRecommendation, IssueRecommendation, ReopenRecommendation, ReportCorrectiveAction } from './inspection.commands';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpec(inspectionDecider);
const REC = 'kn-ttbtxh-2024-1';
const withFindings = [planned, started, findingRecorded(), conformityRecorded];

const issue = (change: Partial<IssueRecommendation> = {}): IssueRecommendation => ({
  type: 'IssueRecommendation',
  inspectionId: INSPECTION_ID,
  recommendationId: REC,
  findingIds: ['f-nhan-su'],
  responsibleAgencyId: 'ttbtxh-soc-trang',
  responsibleAgency: agencies['ttbtxh-soc-trang'],
  correctiveAction: 'Bổ sung nhân viên chăm sóc trực tiếp theo định mức',
  dueDate: '2024-09-30',
  issuedOn: '2024-06-20',
  by: head,
  ...change,
});
const issued: InspectionEvent = {
  type: 'RecommendationIssued',
  data: {
    inspectionId: INSPECTION_ID,
    recommendationId: REC,
    findingIds: ['f-nhan-su'],
    responsibleAgencyId: 'ttbtxh-soc-trang',
    correctiveAction: 'Bổ sung nhân viên chăm sóc trực tiếp theo định mức',
    dueDate: '2024-09-30',
    issuedOn: '2024-06-20',
    issuingAgencyId: 'so-ldtbxh-soc-trang',
  },
};
const report = (change: Partial<ReportCorrectiveAction> = {}): ReportCorrectiveAction => ({
  type: 'ReportCorrectiveAction',
  inspectionId: INSPECTION_ID,
  recommendationId: REC,
  action: 'Đã tuyển thêm 3 nhân viên chăm sóc',
  reportedOn: '2024-09-15',
  by: facilityOfficer,
  ...change,
});
const reported: InspectionEvent = {
  type: 'CorrectiveActionReported',
  data: { inspectionId: INSPECTION_ID, recommendationId: REC, responsibleAgencyId: 'ttbtxh-soc-trang', action: 'Đã tuyển thêm 3 nhân viên chăm sóc', reportedOn: '2024-09-15' },
};
const close = (change: Partial<CloseRecommendation> = {}): CloseRecommendation => ({
  type: 'CloseRecommendation',
  inspectionId: INSPECTION_ID,
  recommendationId: REC,
  verification: 'Kiểm tra lại: đủ định mức',
  closedOn: '2024-10-01',
  by: member,
  ...change,
});
const closed: InspectionEvent = { type: 'RecommendationClosed', data: { inspectionId: INSPECTION_ID, recommendationId: REC, closedOn: '2024-10-01', verification: 'Kiểm tra lại: đủ định mức' } };
const reopen = (change: Partial<ReopenRecommendation> = {}): ReopenRecommendation => ({
  type: 'ReopenRecommendation',
  inspectionId: INSPECTION_ID,
  recommendationId: REC,
  reason: 'Hai nhân viên mới đã nghỉ việc',
  reopenedOn: '2024-12-01',
  newDueDate: '2025-03-31',
  by: head,
  ...change,
});
const reopened: InspectionEvent = {
  type: 'RecommendationReopened',
  data: { inspectionId: INSPECTION_ID, recommendationId: REC, reopenedOn: '2024-12-01', reason: 'Hai nhân viên mới đã nghỉ việc', newDueDate: '2025-03-31' },
};

describe('inspection decider: recommendations and their follow-up', () => {
  describe('issuing', () => {
    it('given a nonconformity, when a team member issues a recommendation, then RecommendationIssued (published) with the lead agency as issuer', () =>
      spec.given(withFindings).when(issue()).then([issued]));

    it('given a nonconformity, when someone outside the team issues a recommendation, then FORBIDDEN', () =>
      spec.given(withFindings).when(issue({ by: outsider })).thenRefuses('FORBIDDEN'));

    it('given a conformity, when a recommendation answers it, then BAD_USER_INPUT: nothing to correct', () =>
      spec.given(withFindings).when(issue({ findingIds: ['f-ho-so'] })).thenRefuses('BAD_USER_INPUT', /conformity/));

    it('given findings, when a recommendation answers an unknown finding, then BAD_USER_INPUT', () =>
      spec.given(withFindings).when(issue({ findingIds: ['f-nhan-su', 'f-khong-co'] })).thenRefuses('BAD_USER_INPUT', /f-khong-co/));

    it('given findings, when a recommendation answers no finding, then BAD_USER_INPUT', () =>
      spec.given(withFindings).when(issue({ findingIds: [] })).thenRefuses('BAD_USER_INPUT', /at least one finding/));

    it('given findings, when the responsible agency is not registered, then NOT_FOUND', () =>
      spec.given(withFindings).when(issue({ responsibleAgencyId: 'so-ma', responsibleAgency: null })).thenRefuses('NOT_FOUND', /so-ma/));

    it('given findings, when the responsible agency was merged away, then BAD_USER_INPUT', () =>
      spec
        .given(withFindings)
        .when(issue({ responsibleAgency: agency('ttbtxh-soc-trang', 'service-provider', 'soc-trang', 'merged') }))
        .thenRefuses('BAD_USER_INPUT', /merged/));

    it('given findings, when the deadline is not after the issue date, then BAD_USER_INPUT', () =>
      spec.given(withFindings).when(issue({ dueDate: '2024-06-20' })).thenRefuses('BAD_USER_INPUT', /must fall after/));

    it('given findings, when the recommendation is dated before the visit began, then BAD_USER_INPUT', () =>
      spec.given(withFindings).when(issue({ issuedOn: '2024-06-01' })).thenRefuses('BAD_USER_INPUT', /before the start/));

    it('given findings, when the corrective action is blank, then BAD_USER_INPUT', () =>
      spec.given(withFindings).when(issue({ correctiveAction: ' ' })).thenRefuses('BAD_USER_INPUT', /correctiveAction/));

    it('given an issued recommendation, when the same id is issued again, then CONFLICT', () =>
      spec.given([...withFindings, issued]).when(issue()).thenRefuses('CONFLICT', /already issued/));

    it('given a planned inspection not started, when a recommendation is issued, then CONFLICT', () =>
      spec.given([planned]).when(issue()).thenRefuses('CONFLICT', /has not started/));
  });

  describe('reporting the corrective action', () => {
    it('given an open recommendation, when the responsible agency reports, then CorrectiveActionReported (published)', () =>
      spec.given([...withFindings, issued]).when(report()).then([reported]));

    it('given an open recommendation, when another agency reports, then FORBIDDEN', () =>
      spec.given([...withFindings, issued]).when(report({ by: head })).thenRefuses('FORBIDDEN', /Only ttbtxh-soc-trang/));

    it('given a reported recommendation, when reported again, then CONFLICT: it awaits verification', () =>
      spec.given([...withFindings, issued, reported]).when(report()).thenRefuses('CONFLICT', /awaits verification/));

    it('given a closed recommendation, when reported, then CONFLICT', () =>
      spec.given([...withFindings, issued, reported, closed]).when(report()).thenRefuses('CONFLICT', /is closed/));

    it('given an open recommendation, when the report is dated before the recommendation, then BAD_USER_INPUT', () =>
      spec.given([...withFindings, issued]).when(report({ reportedOn: '2024-06-01' })).thenRefuses('BAD_USER_INPUT', /before the recommendation/));

    it('given an inspection, when an unknown recommendation is reported on, then NOT_FOUND', () =>
      spec.given(withFindings).when(report()).thenRefuses('NOT_FOUND', /kn-ttbtxh-2024-1/));
  });

  describe('verifying: closed or reopened', () => {
    it('given a reported action, when a team member verifies it effective, then RecommendationClosed (published)', () =>
      spec.given([...withFindings, issued, reported]).when(close()).then([closed]));

    it('given a reported action, when someone outside the team closes it, then FORBIDDEN', () =>
      spec.given([...withFindings, issued, reported]).when(close({ by: outsider })).thenRefuses('FORBIDDEN'));

    it('given a reported action, when closed before it was reported, then BAD_USER_INPUT', () =>
      spec.given([...withFindings, issued, reported]).when(close({ closedOn: '2024-09-01' })).thenRefuses('BAD_USER_INPUT', /before the corrective action was reported/));

    it('given a reported action, when closed without saying how it was verified, then BAD_USER_INPUT', () =>
      spec.given([...withFindings, issued, reported]).when(close({ verification: '' })).thenRefuses('BAD_USER_INPUT', /verification/));

    it('given an open recommendation with nothing reported, when closed, then CONFLICT', () =>
      spec.given([...withFindings, issued]).when(close()).thenRefuses('CONFLICT', /only a reported corrective action/));

    it('given a closed recommendation, when the action did not hold, then RecommendationReopened (published) with a new deadline', () =>
      spec.given([...withFindings, issued, reported, closed]).when(reopen()).then([reopened]));

    it('given a reported action, when verification finds it ineffective, then it is reopened', () =>
      spec.given([...withFindings, issued, reported]).when(reopen({ reopenedOn: '2024-10-01' })).then([{ ...reopened, data: { ...reopened.data, reopenedOn: '2024-10-01' } } as InspectionEvent]));

    it('given an open recommendation, when reopened, then CONFLICT', () =>
      spec.given([...withFindings, issued]).when(reopen()).thenRefuses('CONFLICT', /only a reported or closed one/));

    it('given a closed recommendation, when the new deadline is not after the reopening, then BAD_USER_INPUT', () =>
      spec.given([...withFindings, issued, reported, closed]).when(reopen({ newDueDate: '2024-11-30' })).thenRefuses('BAD_USER_INPUT', /new deadline/));

    it('given a reopened recommendation, when the responsible agency reports again, then CorrectiveActionReported', () =>
      spec
        .given([...withFindings, issued, reported, closed, reopened])
        .when(report({ reportedOn: '2025-03-01', action: 'Đã tuyển và ký hợp đồng dài hạn' }))
        .then([{ type: 'CorrectiveActionReported', data: { ...(reported.data as object), action: 'Đã tuyển và ký hợp đồng dài hạn', reportedOn: '2025-03-01' } } as InspectionEvent]));

    it('given a reopened recommendation, when a report is dated before the reopening, then BAD_USER_INPUT', () =>
      spec.given([...withFindings, issued, reported, closed, reopened]).when(report({ reportedOn: '2024-11-01' })).thenRefuses('BAD_USER_INPUT', /issued or reopened/));
  });
});
