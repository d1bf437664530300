import type { DirectiveTask, ReportingRegime } from '@cpp/directives';
import { deciderSpec } from '@cpp/eventsourcing/testing';
import { DirectivePlanCommand } from '../commands';
import { directivePlanDecider } from '../directive-plan.decider';
import { DirectivePlanEvent } from '../events';

/** A slice of the Sóc Trăng plan (seeds/003): its tasks and its 6-month and annual reports. */
export const sixMonthly: ReportingRegime = {
  regimeId: 'bao-cao-6-thang',
  title: 'Báo cáo 6 tháng tình hình, kết quả thực hiện Kế hoạch',
  content: 'Tình hình, kết quả thực hiện',
  reportingAgencyIds: [],
  recipientAgencyId: 'so-ldtbxh-soc-trang',
  method: 'văn bản',
  frequency: 'six-monthly',
  deadline: { month: 6, day: 30 },
  cutoff: '6 tháng đầu năm',
  activeFrom: '2021-01-01',
  activeUntil: '2025-12-31',
};
export const annual: ReportingRegime = {
  ...sixMonthly,
  regimeId: 'bao-cao-nam',
  title: 'Báo cáo năm',
  frequency: 'annual',
  deadline: { month: 11, day: 30 },
  cutoff: 'năm',
};

const task = (
  taskId: string,
  leadAgencyId: string,
  coordinatingAgencyIds: string[] = [],
  reportingRegimeIds = ['bao-cao-6-thang', 'bao-cao-nam'],
): DirectiveTask => ({
  taskId,
  section: taskId,
  text: `Nhiệm vụ ${taskId}`,
  leadAgencyId,
  coordinatingAgencyIds,
  dueDate: null,
  reportingRegimeIds,
});
export const tasks = [
  task('1.a', 'so-ldtbxh-soc-trang'),
  task('1.đ', 'so-y-te-soc-trang'),
  task('4.đ', 'so-y-te-soc-trang'),
  task('4.d', 'cong-an-soc-trang', ['so-vhttdl-soc-trang', 'so-y-te-soc-trang']),
  task('5.b', 'so-tai-chinh-soc-trang', [], []),
];

export const recorded: DirectivePlanEvent = {
  type: 'DirectivePlanRecorded',
  data: {
    directiveId: 'kh-soc-trang',
    document: { documentNumber: '134/KH-UBND', subject: 'Thực hiện Chỉ thị 23/CT-TTg', issuingAgencyId: 'ubnd-soc-trang', issuedOn: '2021-01-15' },
    tasks,
    regimes: [sixMonthly, annual],
    horizon: '2022-12-31',
  },
};

export const spec = deciderSpec(directivePlanDecider);
export const record: DirectivePlanCommand = {
  type: 'RecordDirectivePlan',
  ...(recorded.data as Extract<DirectivePlanEvent, { type: 'DirectivePlanRecorded' }>['data']),
};
export const amend = (sourceEventId = 'amended-1'): DirectivePlanCommand => ({
  type: 'RecordAmendment',
  directiveId: 'kh-soc-trang',
  sourceEventId,
  amendedOn: '2021-04-01',
  amendingDocument: '200/KH-UBND',
  addedTasks: [],
  changedTasks: [{ ...tasks[1], text: 'Sửa đổi' }],
  withdrawnTaskIds: ['5.b'],
  addedRegimes: [],
});
export const amended: DirectivePlanEvent = {
  type: 'DirectivePlanAmended',
  data: {
    directiveId: 'kh-soc-trang',
    sourceEventId: 'amended-1',
    amendedOn: '2021-04-01',
    amendingDocument: '200/KH-UBND',
    addedTasks: [],
    changedTasks: [{ ...tasks[1], text: 'Sửa đổi' }],
    withdrawnTaskIds: ['5.b'],
    addedRegimes: [],
  },
};
export const superseded: DirectivePlanEvent = {
  type: 'DirectivePlanClosed',
  data: { directiveId: 'kh-soc-trang', outcome: 'superseded', effectiveFrom: '2022-01-01', reason: 'superseded by kh-2' },
};
export const adHoc = (requestId = 'dot-xuat-1', regimeId = 'bao-cao-6-thang'): DirectivePlanCommand => ({
  type: 'RecordAdHocRequest',
  directiveId: 'kh-soc-trang',
  regimeId,
  requestId,
  content: 'Báo cáo đột xuất vụ xâm hại',
  reportingAgencyIds: ['cong-an-soc-trang'],
  dueDate: '2021-05-10',
  requestedOn: '2021-05-01',
});
