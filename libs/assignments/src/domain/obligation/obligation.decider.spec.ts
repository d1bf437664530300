import { deciderSpec } from '@cpp/eventsourcing/testing';
import { ObligationEvent, ReportSubmitted } from '../events';
import { Requester } from '../requester';
import { ObligationCommand, obligationDecider, ObligationSpec } from './obligation.decider';

const spec = deciderSpec(obligationDecider);
const ID = 'report:kh-soc-trang/bao-cao-6-thang/2021-H1/so-y-te-soc-trang';

const report: ObligationSpec = {
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
const opened: ObligationEvent = { type: 'ObligationOpened', data: { ...report, openedOn: '2021-01-15' } };
const officer: Requester = { agencyId: 'so-y-te-soc-trang', roles: ['agency-officer'] };
const otherOfficer: Requester = { agencyId: 'so-gddt-soc-trang', roles: ['agency-officer'] };
const committee: Requester = { agencyId: 'ubnd-soc-trang', roles: ['steering-committee'] };
const recipient: Requester = { agencyId: 'so-ldtbxh-soc-trang', roles: ['agency-officer'] };
const figures = [{ code: 'TE-01', value: 12, unit: 'vụ' }];

const submit = (submittedOn: string, requester = officer, extra: Partial<Extract<ObligationCommand, { type: 'SubmitReport' }>> = {}): ObligationCommand => ({
  type: 'SubmitReport',
  obligationId: ID,
  requester,
  figures,
  note: 'Báo cáo kết quả',
  submittedOn,
  today: submittedOn,
  ...extra,
});
const submitted = (submittedOn: string, timeliness: 'on-time' | 'late' | 'resubmission', submissionNumber = 1, dueDate = '2021-06-30', lateAgainstOriginal = submittedOn > '2021-06-30'): ReportSubmitted => ({
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
const extend = (newDueDate: string, requester = committee): ObligationCommand => ({
  type: 'ExtendDeadline',
  obligationId: ID,
  requester,
  newDueDate,
  reason: 'Chờ số liệu thống kê',
  authorisingDocument: '125/UBND-VX',
  extendedOn: '2021-06-20',
});
const extended: ObligationEvent = {
  type: 'DeadlineExtended',
  data: { obligationId: ID, previousDueDate: '2021-06-30', newDueDate: '2021-07-15', reason: 'Chờ số liệu thống kê', authorisingDocument: '125/UBND-VX', extendedOn: '2021-06-20' },
};
const overdue = (dueDate = '2021-06-30', detectedOn = '2021-07-01'): ObligationEvent => ({
  type: 'ObligationOverdue',
  data: { obligationId: ID, assigneeAgencyId: 'so-y-te-soc-trang', dueDate, originalDueDate: '2021-06-30', detectedOn },
});
const markOverdue = (today: string): ObligationCommand => ({ type: 'MarkObligationOverdue', obligationId: ID, today });
const reassign = (fromAgencyId = 'so-y-te-soc-trang'): ObligationCommand => ({
  type: 'ReassignObligation',
  obligationId: ID,
  fromAgencyId,
  toAgencyId: 'so-y-te-dan-so',
  reason: 'merger',
  effectiveFrom: '2021-06-01',
  decision: '12/QĐ-UBND',
});
const reassigned: ObligationEvent = {
  type: 'ObligationReassigned',
  data: { obligationId: ID, fromAgencyId: 'so-y-te-soc-trang', toAgencyId: 'so-y-te-dan-so', reason: 'merger', effectiveFrom: '2021-06-01', decision: '12/QĐ-UBND' },
};
const superseded: ObligationEvent = { type: 'ObligationClosed', data: { obligationId: ID, outcome: 'superseded', effectiveFrom: '2021-05-01', reason: 'superseded by kh-2' } };

describe('obligation decider', () => {
  describe('opening (by the process manager)', () => {
    it('given nothing, when opened, then ObligationOpened', () => spec.given([]).when({ type: 'OpenObligation', spec: report, openedOn: '2021-01-15' }).then([opened]));
    it('given an opened obligation, when opened again (a redelivered cause), then nothing happens', () =>
      spec.given([opened]).when({ type: 'OpenObligation', spec: report, openedOn: '2021-01-15' }).then([]));
    it('given nothing, when the due date is not a calendar date, then BAD_USER_INPUT', () =>
      spec.given([]).when({ type: 'OpenObligation', spec: { ...report, dueDate: '2021-02-30' }, openedOn: '2021-01-15' }).thenRefuses('BAD_USER_INPUT', /YYYY-MM-DD/));
  });

  describe('submitting a report', () => {
    it('given an open obligation, when its agency submits by the due date, then on time', () => spec.given([opened]).when(submit('2021-06-30')).then([submitted('2021-06-30', 'on-time')]));
    it('given an open obligation, when its agency submits after the due date, then late (against the original deadline too)', () =>
      spec.given([opened]).when(submit('2021-07-02')).then([submitted('2021-07-02', 'late')]));
    it('given a submitted obligation, when submitted again, then a resubmission', () =>
      spec.given([opened, submitted('2021-06-29', 'on-time')]).when(submit('2021-07-05')).then([submitted('2021-07-05', 'resubmission', 2)]));
    it('given an extended deadline, when submitted after the original but by the new one, then on time and late against the original', () =>
      spec.given([opened, extended]).when(submit('2021-07-10')).then([submitted('2021-07-10', 'on-time', 1, '2021-07-15', true)]));
    it('given an open obligation, when the steering committee submits on the agency’s behalf, then it is recorded for the agency', () =>
      spec.given([opened]).when(submit('2021-06-01', committee)).then([submitted('2021-06-01', 'on-time')]));
    it('given an open obligation, when another agency submits it, then FORBIDDEN', () =>
      spec.given([opened]).when(submit('2021-06-01', otherOfficer)).thenRefuses('FORBIDDEN', /owed by so-y-te-soc-trang/));
    it('given an open obligation, when the steering committee records a paper report received earlier, then it is judged on the day it was received', () =>
      spec.given([opened]).when(submit('2021-06-28', committee, { today: '2021-07-10' })).then([submitted('2021-06-28', 'on-time')]));
    it('given an open obligation, when its own agency backdates a submission, then FORBIDDEN', () =>
      spec.given([opened]).when(submit('2021-06-28', officer, { today: '2021-07-10' })).thenRefuses('FORBIDDEN', /received on paper before today/));
    it('given an open obligation, when a submission is dated in the future, then BAD_USER_INPUT', () =>
      spec.given([opened]).when(submit('2021-07-11', committee, { today: '2021-07-10' })).thenRefuses('BAD_USER_INPUT', /after today/));
    it('given nothing, when submitted, then NOT_FOUND', () => spec.given([]).when(submit('2021-06-01')).thenRefuses('NOT_FOUND', /No obligation/));
    it('given a superseded obligation, when submitted, then CONFLICT', () => spec.given([opened, superseded]).when(submit('2021-06-01')).thenRefuses('CONFLICT', /superseded/));
    it('given an open obligation, when neither figures nor a note are given, then BAD_USER_INPUT', () =>
      spec.given([opened]).when(submit('2021-06-01', officer, { figures: [], note: '  ' })).thenRefuses('BAD_USER_INPUT', /figures or a note/));
    it('given an open obligation, when a figure code appears twice, then BAD_USER_INPUT', () =>
      spec.given([opened]).when(submit('2021-06-01', officer, { figures: [...figures, ...figures] })).thenRefuses('BAD_USER_INPUT', /twice/));
    it('given an open obligation, when a figure has no unit, then BAD_USER_INPUT', () =>
      spec.given([opened]).when(submit('2021-06-01', officer, { figures: [{ code: 'TE-01', value: 1, unit: ' ' }] })).thenRefuses('BAD_USER_INPUT', /unit/));
    it('given a task’s deadline, when a report is submitted for it, then BAD_USER_INPUT (tasks are completed)', () =>
      spec
        .given([{ type: 'ObligationOpened', data: { ...opened.data, kind: 'task' } } as ObligationEvent])
        .when(submit('2021-06-01'))
        .thenRefuses('BAD_USER_INPUT', /completing the task/));
    it('given a recommendation, when a report is submitted for it, then BAD_USER_INPUT (corrective actions go to the inspection)', () =>
      spec
        .given([{ type: 'ObligationOpened', data: { ...opened.data, kind: 'recommendation' } } as ObligationEvent])
        .when(submit('2021-06-01'))
        .thenRefuses('BAD_USER_INPUT', /inspection/));
  });

  describe('correcting figures', () => {
    const correct = (requester = officer, extra: Partial<Extract<ObligationCommand, { type: 'CorrectFigures' }>> = {}): ObligationCommand => ({
      type: 'CorrectFigures',
      obligationId: ID,
      requester,
      submissionNumber: null,
      corrections: [{ code: 'TE-01', value: 14, unit: 'vụ' }],
      reason: 'Bổ sung 2 vụ phát hiện muộn',
      correctedOn: '2021-07-10',
      ...extra,
    });
    it('given a submission, when its agency corrects a figure, then the correction stands beside it', () =>
      spec.given([opened, submitted('2021-06-29', 'on-time')]).when(correct()).then([
        {
          type: 'FiguresCorrected',
          data: { obligationId: ID, submissionNumber: 1, agencyId: 'so-y-te-soc-trang', corrections: [{ code: 'TE-01', value: 14, unit: 'vụ' }], reason: 'Bổ sung 2 vụ phát hiện muộn', correctedOn: '2021-07-10' },
        },
      ]));
    it('given nothing submitted, when corrected, then CONFLICT', () => spec.given([opened]).when(correct()).thenRefuses('CONFLICT', /nothing to correct/));
    it('given a submission, when a figure it did not contain is "corrected", then BAD_USER_INPUT', () =>
      spec.given([opened, submitted('2021-06-29', 'on-time')]).when(correct(officer, { corrections: [{ code: 'TE-99', value: 1, unit: 'vụ' }] })).thenRefuses('BAD_USER_INPUT', /TE-99/));
    it('given a submission, when an unknown submission number is named, then NOT_FOUND', () =>
      spec.given([opened, submitted('2021-06-29', 'on-time')]).when(correct(officer, { submissionNumber: 3 })).thenRefuses('NOT_FOUND', /number 3/));
    it('given a submission, when another agency corrects it, then FORBIDDEN', () =>
      spec.given([opened, submitted('2021-06-29', 'on-time')]).when(correct(otherOfficer)).thenRefuses('FORBIDDEN'));
    it('given a submission, when corrected without a reason, then BAD_USER_INPUT', () =>
      spec.given([opened, submitted('2021-06-29', 'on-time')]).when(correct(officer, { reason: ' ' })).thenRefuses('BAD_USER_INPUT', /reason/));
  });

  describe('extending the deadline', () => {
    it('given an open obligation, when the steering committee extends it with reason and document, then DeadlineExtended', () =>
      spec.given([opened]).when(extend('2021-07-15')).then([extended]));
    it('given an open obligation, when the recipient agency extends it, then DeadlineExtended', () => spec.given([opened]).when(extend('2021-07-15', recipient)).then([extended]));
    it('given an open obligation, when the obligated agency extends its own deadline, then FORBIDDEN', () =>
      spec.given([opened]).when(extend('2021-07-15', officer)).thenRefuses('FORBIDDEN', /steering committee or the recipient/));
    it('given an open obligation, when the new date is not later, then BAD_USER_INPUT', () => spec.given([opened]).when(extend('2021-06-30')).thenRefuses('BAD_USER_INPUT', /later/));
    it('given an open obligation, when no authorising document is named, then BAD_USER_INPUT', () =>
      spec.given([opened]).when({ ...(extend('2021-07-15') as object), authorisingDocument: ' ' } as ObligationCommand).thenRefuses('BAD_USER_INPUT', /document/));
    it('given a submitted obligation, when extended, then CONFLICT', () =>
      spec.given([opened, submitted('2021-06-29', 'on-time')]).when(extend('2021-07-15')).thenRefuses('CONFLICT', /only an open/));
  });

  describe('the deadline monitor', () => {
    it('given an open obligation, when checked on its due date, then nothing (not yet overdue)', () => spec.given([opened]).when(markOverdue('2021-06-30')).then([]));
    it('given an open obligation, when checked the day after, then ObligationOverdue', () => spec.given([opened]).when(markOverdue('2021-07-01')).then([overdue()]));
    it('given a recorded miss, when checked again, then nothing: once per missed deadline', () => spec.given([opened, overdue()]).when(markOverdue('2021-07-09')).then([]));
    it('given a recorded miss and then an extension, when the new deadline passes too, then a second ObligationOverdue', () =>
      spec
        .given([opened, overdue(), { ...extended, data: { ...extended.data, extendedOn: '2021-07-02' } } as ObligationEvent])
        .when(markOverdue('2021-07-16'))
        .then([overdue('2021-07-15', '2021-07-16')]));
    it('given a submitted obligation, when checked after the due date, then nothing', () => spec.given([opened, submitted('2021-06-29', 'on-time')]).when(markOverdue('2021-07-01')).then([]));
    it('given nothing, when checked, then NOT_FOUND', () => spec.given([]).when(markOverdue('2021-07-01')).thenRefuses('NOT_FOUND'));

    const approaching = (today: string): ObligationCommand => ({ type: 'RecordDeadlineApproaching', obligationId: ID, today, windowDays: 7 });
    const approached: ObligationEvent = { type: 'DeadlineApproaching', data: { obligationId: ID, assigneeAgencyId: 'so-y-te-soc-trang', dueDate: '2021-06-30', daysLeft: 7, noticedOn: '2021-06-23' } };
    it('given an open obligation, when it enters the due-soon window, then DeadlineApproaching', () => spec.given([opened]).when(approaching('2021-06-23')).then([approached]));
    it('given an open obligation, when still outside the window, then nothing', () => spec.given([opened]).when(approaching('2021-06-22')).then([]));
    it('given an announced approach, when checked again, then nothing', () => spec.given([opened, approached]).when(approaching('2021-06-25')).then([]));
    it('given an open obligation past due, when checked for approach, then nothing', () => spec.given([opened]).when(approaching('2021-07-01')).then([]));
  });

  describe('handing over to a successor', () => {
    it('given an open obligation, when its agency is merged, then ObligationReassigned keeping the original assignee in the event', () =>
      spec.given([opened]).when(reassign()).then([reassigned]));
    it('given a reassigned obligation, when the hand-over is repeated, then nothing', () => spec.given([opened, reassigned]).when(reassign()).then([]));
    it('given a submitted obligation, when its agency is merged, then it stays where it was answered', () =>
      spec.given([opened, submitted('2021-05-29', 'on-time')]).when(reassign()).then([]));
    it('given a reassigned obligation, when the successor submits, then it is recorded for the successor', () =>
      spec
        .given([opened, reassigned])
        .when(submit('2021-06-20', { agencyId: 'so-y-te-dan-so', roles: ['agency-officer'] }))
        .then([{ ...submitted('2021-06-20', 'on-time'), data: { ...submitted('2021-06-20', 'on-time').data, agencyId: 'so-y-te-dan-so' } } as ObligationEvent]));
    it('given a reassigned obligation, when the predecessor’s officer submits, then FORBIDDEN', () => spec.given([opened, reassigned]).when(submit('2021-06-20')).thenRefuses('FORBIDDEN'));
    it('given nothing, when handed over, then nothing', () => spec.given([]).when(reassign()).then([]));
  });

  describe('closing, fulfilling and reopening (following directives, tasks and inspections)', () => {
    it('given an open obligation, when its directive is superseded, then ObligationClosed', () =>
      spec.given([opened]).when({ type: 'CloseObligation', obligationId: ID, outcome: 'superseded', effectiveFrom: '2021-05-01', reason: 'superseded by kh-2' }).then([superseded]));
    it('given a submitted obligation, when its directive is revoked, then it stays submitted', () =>
      spec
        .given([opened, submitted('2021-05-29', 'on-time')])
        .when({ type: 'CloseObligation', obligationId: ID, outcome: 'cancelled', effectiveFrom: '2021-06-01', reason: 'revoked' })
        .then([]));

    const recommendation: ObligationEvent = { type: 'ObligationOpened', data: { ...opened.data, kind: 'recommendation' } };
    const action = (sourceEventId: string): ObligationCommand => ({ type: 'RecordCorrectiveAction', obligationId: ID, agencyId: 'so-y-te-soc-trang', action: 'Đã xử lý', reportedOn: '2021-07-05', sourceEventId });
    const actionReported: ReportSubmitted = {
      type: 'ReportSubmitted',
      data: { ...submitted('2021-07-05', 'late').data, figures: [], note: 'Đã xử lý', sourceEventId: 'e1' },
    };
    it('given a recommendation, when its corrective action is reported late, then a late submission', () => spec.given([recommendation]).when(action('e1')).then([actionReported]));
    it('given a recorded corrective action, when the same inspections event comes again, then nothing', () =>
      spec.given([recommendation, actionReported]).when(action('e1')).then([]));
    const fulfil: ObligationCommand = { type: 'FulfilObligation', obligationId: ID, fulfilledOn: '2021-07-20', basis: 'recommendation-closed', note: 'Đã kiểm tra' };
    const fulfilled: ObligationEvent = {
      type: 'ObligationFulfilled',
      data: { obligationId: ID, fulfilledOn: '2021-07-20', onTime: false, lateAgainstOriginal: true, basis: 'recommendation-closed', note: 'Đã kiểm tra' },
    };
    it('given a reported recommendation, when it is closed, then ObligationFulfilled (done, late)', () => spec.given([recommendation, actionReported]).when(fulfil).then([fulfilled]));
    it('given a done obligation, when fulfilled again, then nothing', () => spec.given([recommendation, actionReported, fulfilled]).when(fulfil).then([]));
    const reopen: ObligationCommand = { type: 'ReopenObligation', obligationId: ID, reopenedOn: '2021-08-01', reason: 'Tái phạm', newDueDate: '2021-09-30' };
    const reopened: ObligationEvent = { type: 'ObligationReopened', data: { obligationId: ID, reopenedOn: '2021-08-01', reason: 'Tái phạm', newDueDate: '2021-09-30' } };
    it('given a done recommendation, when reopened, then open again with the new due date', () => spec.given([recommendation, actionReported, fulfilled]).when(reopen).then([reopened]));
    it('given a reopened recommendation, when reopened again, then nothing', () => spec.given([recommendation, actionReported, fulfilled, reopened]).when(reopen).then([]));
    it('given a reopened recommendation, when the next corrective action comes by the new date, then on time, not a resubmission', () =>
      spec
        .given([recommendation, actionReported, fulfilled, reopened])
        .when({ ...(action('e2') as object), reportedOn: '2021-09-01' } as ObligationCommand)
        .then([
          {
            type: 'ReportSubmitted',
            data: { ...actionReported.data, submissionNumber: 2, timeliness: 'on-time', submittedOn: '2021-09-01', dueDate: '2021-09-30', lateAgainstOriginal: true, sourceEventId: 'e2' },
          } as ObligationEvent,
        ]));
    it('given nothing, when an inspections event about it comes, then nothing', () => spec.given([]).when(action('e1')).then([]));
    it('given an amended deadline, when the source document moves it, then DeadlineAmended', () =>
      spec.given([opened]).when({ type: 'AmendDeadline', obligationId: ID, newDueDate: '2021-06-15', amendingDocument: '200/KH-UBND', amendedOn: '2021-03-01' }).then([
        { type: 'DeadlineAmended', data: { obligationId: ID, previousDueDate: '2021-06-30', newDueDate: '2021-06-15', amendingDocument: '200/KH-UBND', amendedOn: '2021-03-01' } },
      ]));
  });
});
