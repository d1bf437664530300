import { InspectionEvent } from '../domain/events';
import { CloseRecommendation, IssueRecommendation, ReopenRecommendation, ReportCorrectiveAction } from '../domain/inspection/commands';
import { agencies, conformityRecorded, facilityOfficer, findingRecorded, head, INSPECTION_ID, member, planned, started } from './inspection-fixtures';

/** One recommendation of the Sóc Trăng check through its follow-up: issued, reported, closed, reopened. */
export const REC = 'kn-ttbtxh-2024-1';
export const withFindings = [planned, started, findingRecorded(), conformityRecorded];

export const issueRecommendation = (change: Partial<IssueRecommendation> = {}): IssueRecommendation => ({
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
export const recommendationIssued: InspectionEvent = {
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
export const report = (change: Partial<ReportCorrectiveAction> = {}): ReportCorrectiveAction => ({
  type: 'ReportCorrectiveAction',
  inspectionId: INSPECTION_ID,
  recommendationId: REC,
  action: 'Đã tuyển thêm 3 nhân viên chăm sóc',
  reportedOn: '2024-09-15',
  by: facilityOfficer,
  ...change,
});
export const reported: InspectionEvent = {
  type: 'CorrectiveActionReported',
  data: {
    inspectionId: INSPECTION_ID,
    recommendationId: REC,
    responsibleAgencyId: 'ttbtxh-soc-trang',
    action: 'Đã tuyển thêm 3 nhân viên chăm sóc',
    reportedOn: '2024-09-15',
  },
};
export const close = (change: Partial<CloseRecommendation> = {}): CloseRecommendation => ({
  type: 'CloseRecommendation',
  inspectionId: INSPECTION_ID,
  recommendationId: REC,
  verification: 'Kiểm tra lại: đủ định mức',
  closedOn: '2024-10-01',
  by: member,
  ...change,
});
export const closed: InspectionEvent = {
  type: 'RecommendationClosed',
  data: { inspectionId: INSPECTION_ID, recommendationId: REC, closedOn: '2024-10-01', verification: 'Kiểm tra lại: đủ định mức' },
};
export const reopen = (change: Partial<ReopenRecommendation> = {}): ReopenRecommendation => ({
  type: 'ReopenRecommendation',
  inspectionId: INSPECTION_ID,
  recommendationId: REC,
  reason: 'Hai nhân viên mới đã nghỉ việc',
  reopenedOn: '2024-12-01',
  newDueDate: '2025-03-31',
  by: head,
  ...change,
});
export const reopened: InspectionEvent = {
  type: 'RecommendationReopened',
  data: { inspectionId: INSPECTION_ID, recommendationId: REC, reopenedOn: '2024-12-01', reason: 'Hai nhân viên mới đã nghỉ việc', newDueDate: '2025-03-31' },
};
