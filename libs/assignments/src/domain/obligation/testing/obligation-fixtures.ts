import { Requester } from '@cpp/eventsourcing';
import { deciderSpec } from '@cpp/eventsourcing/testing';
import { ObligationCommand, ObligationSpec } from '../commands';
import { ObligationEvent, ReportSubmitted } from '../events';
import { obligationDecider } from '../obligation.decider';

/** The Sóc Trăng health department's six-monthly report (seeds/003), shared by the obligation specs. */

export const spec = deciderSpec(obligationDecider);
export const ID = 'report:kh-soc-trang/bao-cao-6-thang/2021-H1/so-y-te-soc-trang';

export const report: ObligationSpec = {
  obligationId: ID,
  kind: 'periodic-report',
  title: 'Báo cáo 6 tháng',
  source: {
    type: 'directive',
    directiveId: 'kh-soc-trang',
    documentNumber: '134/KH-UBND',
    documentSubject: 'Thực hiện Chỉ thị 23/CT-TTg',
    sections: ['1.đ', '4.đ'],
    regimeId: 'bao-cao-6-thang',
    taskId: null,
    inspectionId: null,
    recommendationId: null,
  },
  period: { label: '2021-H1', year: 2021 },
  assigneeAgencyId: 'so-y-te-soc-trang',
  recipientAgencyId: 'so-ldtbxh-soc-trang',
  dueDate: '2021-06-30',
};
export const opened: ObligationEvent = { type: 'ObligationOpened', data: { ...report, openedOn: '2021-01-15' } };
export const officer: Requester = { subject: null, agencyId: 'so-y-te-soc-trang', roles: ['agency-officer'] };
export const otherOfficer: Requester = { subject: null, agencyId: 'so-gddt-soc-trang', roles: ['agency-officer'] };
export const committee: Requester = { subject: null, agencyId: 'ubnd-soc-trang', roles: ['steering-committee'] };
export const recipient: Requester = { subject: null, agencyId: 'so-ldtbxh-soc-trang', roles: ['agency-officer'] };
export const figures = [{ code: 'TE-01', value: 12, unit: 'vụ' }];

export const submit = (
  submittedOn: string,
  requester = officer,
  extra: Partial<Extract<ObligationCommand, { type: 'SubmitReport' }>> = {},
): ObligationCommand => ({
  type: 'SubmitReport',
  obligationId: ID,
  requester,
  figures,
  note: 'Báo cáo kết quả',
  submittedOn,
  today: submittedOn,
  ...extra,
});
export const submitted = (
  submittedOn: string,
  timeliness: 'on-time' | 'late' | 'resubmission',
  submissionNumber = 1,
  dueDate = '2021-06-30',
  lateAgainstOriginal = submittedOn > '2021-06-30',
): ReportSubmitted => ({
  type: 'ReportSubmitted',
  data: {
    obligationId: ID,
    submissionNumber,
    agencyId: 'so-y-te-soc-trang',
    timeliness,
    submittedOn,
    dueDate,
    originalDueDate: '2021-06-30',
    lateAgainstOriginal,
    figures,
    note: 'Báo cáo kết quả',
    sourceEventId: null,
  },
});
export const extend = (newDueDate: string, requester = committee): ObligationCommand => ({
  type: 'ExtendDeadline',
  obligationId: ID,
  requester,
  newDueDate,
  reason: 'Chờ số liệu thống kê',
  authorisingDocument: '125/UBND-VX',
  extendedOn: '2021-06-20',
});
export const extended: ObligationEvent = {
  type: 'DeadlineExtended',
  data: {
    obligationId: ID,
    previousDueDate: '2021-06-30',
    newDueDate: '2021-07-15',
    reason: 'Chờ số liệu thống kê',
    authorisingDocument: '125/UBND-VX',
    extendedOn: '2021-06-20',
  },
};
export const overdue = (dueDate = '2021-06-30', detectedOn = '2021-07-01'): ObligationEvent => ({
  type: 'ObligationOverdue',
  data: { obligationId: ID, assigneeAgencyId: 'so-y-te-soc-trang', dueDate, originalDueDate: '2021-06-30', detectedOn },
});
export const markOverdue = (today: string): ObligationCommand => ({ type: 'MarkObligationOverdue', obligationId: ID, today });
export const reassign = (fromAgencyId = 'so-y-te-soc-trang'): ObligationCommand => ({
  type: 'ReassignObligation',
  obligationId: ID,
  fromAgencyId,
  toAgencyId: 'so-y-te-dan-so',
  reason: 'merger',
  effectiveFrom: '2021-06-01',
  decision: '12/QĐ-UBND',
});
export const reassigned: ObligationEvent = {
  type: 'ObligationReassigned',
  data: {
    obligationId: ID,
    fromAgencyId: 'so-y-te-soc-trang',
    toAgencyId: 'so-y-te-dan-so',
    reason: 'merger',
    effectiveFrom: '2021-06-01',
    decision: '12/QĐ-UBND',
  },
};
export const superseded: ObligationEvent = {
  type: 'ObligationClosed',
  data: { obligationId: ID, outcome: 'superseded', effectiveFrom: '2021-05-01', reason: 'superseded by kh-2' },
};

/** An inspection recommendation, its corrective action, its closure and its reopening. */
export const recommendation: ObligationEvent = { type: 'ObligationOpened', data: { ...opened.data, kind: 'recommendation' } };
export const action = (sourceEventId: string): ObligationCommand => ({
  type: 'RecordCorrectiveAction',
  obligationId: ID,
  agencyId: 'so-y-te-soc-trang',
  action: 'Đã xử lý',
  reportedOn: '2021-07-05',
  sourceEventId,
});
export const actionReported: ReportSubmitted = {
  type: 'ReportSubmitted',
  data: { ...submitted('2021-07-05', 'late').data, figures: [], note: 'Đã xử lý', sourceEventId: 'e1' },
};
export const fulfil: ObligationCommand = {
  type: 'FulfilObligation',
  obligationId: ID,
  fulfilledOn: '2021-07-20',
  basis: 'recommendation-closed',
  note: 'Đã kiểm tra',
};
export const fulfilled: ObligationEvent = {
  type: 'ObligationFulfilled',
  data: { obligationId: ID, fulfilledOn: '2021-07-20', onTime: false, lateAgainstOriginal: true, basis: 'recommendation-closed', note: 'Đã kiểm tra' },
};
export const reopen: ObligationCommand = { type: 'ReopenObligation', obligationId: ID, reopenedOn: '2021-08-01', reason: 'Tái phạm', newDueDate: '2021-09-30' };
export const reopened: ObligationEvent = {
  type: 'ObligationReopened',
  data: { obligationId: ID, reopenedOn: '2021-08-01', reason: 'Tái phạm', newDueDate: '2021-09-30' },
};
