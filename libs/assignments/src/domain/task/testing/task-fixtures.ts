import { Requester } from '@cpp/eventsourcing';
import { deciderSpec } from '@cpp/eventsourcing/testing';
import { AgencyInJurisdiction, TaskCommand, TaskSpec } from '../commands';
import { TaskEvent } from '../events';
import { taskDecider } from '../task.decider';

/** The Sóc Trăng labour department's task 2.a (seeds/003) and the agencies it may delegate to. */
export const spec = deciderSpec(taskDecider);
export const TASK = 'kh-soc-trang/2.a/so-ldtbxh-soc-trang';
export const CHILD = `${TASK}>ubnd-ke-sach`;

export const lead: TaskSpec = {
  taskId: TASK,
  directiveId: 'kh-soc-trang',
  directiveTaskId: '2.a',
  section: '2.a',
  text: 'Tuyên truyền, phổ biến, giáo dục pháp luật về bảo vệ trẻ em',
  documentNumber: '134/KH-UBND',
  documentSubject: 'Thực hiện Chỉ thị 23/CT-TTg',
  role: 'lead',
  assigneeAgencyId: 'so-ldtbxh-soc-trang',
  assignedByAgencyId: 'ubnd-soc-trang',
  parentTaskId: null,
  leadTaskId: null,
  dueDate: '2021-12-31',
};
export const assigned: TaskEvent = { type: 'TaskAssigned', data: { ...lead, assignedOn: '2021-01-15' } };
export const officer: Requester = { subject: null, agencyId: 'so-ldtbxh-soc-trang', roles: ['agency-officer'] };
export const stranger: Requester = { subject: null, agencyId: 'so-y-te-soc-trang', roles: ['agency-officer'] };
export const committee: Requester = { subject: null, agencyId: null, roles: ['steering-committee'] };

export const fact = (agencyId: string, unitPath: string[], status: AgencyInJurisdiction['status'] = 'active'): AgencyInJurisdiction => ({
  agencyId,
  name: agencyId,
  kind: 'other',
  unitId: unitPath[0],
  status,
  existsFrom: '2010-01-01',
  endedOn: null,
  successorAgencyId: null,
  functions: ['child-protection'],
  lastChange: '2010-01-01',
  unitPath,
});
export const sld = fact('so-ldtbxh-soc-trang', ['soc-trang', 'viet-nam']);
export const keSach = fact('ubnd-ke-sach', ['ke-sach', 'soc-trang', 'viet-nam']);
export const sonDuong = fact('ubnd-son-duong', ['son-duong', 'tuyen-quang', 'viet-nam']);

export const delegate = (extra: Partial<Extract<TaskCommand, { type: 'DelegateTask' }>> = {}): TaskCommand => ({
  type: 'DelegateTask',
  taskId: TASK,
  requester: officer,
  childTaskId: CHILD,
  toAgencyId: 'ubnd-ke-sach',
  delegator: sld,
  target: keSach,
  text: 'Tổ chức tuyên truyền tại các xã',
  dueDate: '2021-10-31',
  today: '2021-03-01',
  ...extra,
});
export const delegated: TaskEvent = {
  type: 'TaskDelegated',
  data: {
    taskId: TASK,
    childTaskId: CHILD,
    toAgencyId: 'ubnd-ke-sach',
    text: 'Tổ chức tuyên truyền tại các xã',
    dueDate: '2021-10-31',
    delegatedOn: '2021-03-01',
  },
};
export const completed: TaskEvent = {
  type: 'TaskCompleted',
  data: { taskId: TASK, agencyId: 'so-ldtbxh-soc-trang', summary: null, completedOn: '2021-11-30' },
};
export const withdrawn: TaskEvent = {
  type: 'TaskClosed',
  data: { taskId: TASK, outcome: 'withdrawn', effectiveFrom: '2021-04-01', reason: 'amended by 200/KH-UBND' },
};
export const progress = (percent: number, requester = officer, summary = 'Đã tổ chức 3 hội nghị'): TaskCommand => ({
  type: 'ReportTaskProgress',
  taskId: TASK,
  requester,
  percent,
  summary,
  reportedOn: '2021-06-01',
});

export const reassign: TaskCommand = {
  type: 'ReassignTask',
  taskId: TASK,
  fromAgencyId: 'so-ldtbxh-soc-trang',
  toAgencyId: 'so-noi-vu-soc-trang',
  reason: 'merger',
  effectiveFrom: '2025-03-01',
  decision: null,
};
export const reassigned: TaskEvent = {
  type: 'TaskReassigned',
  data: { taskId: TASK, fromAgencyId: 'so-ldtbxh-soc-trang', toAgencyId: 'so-noi-vu-soc-trang', reason: 'merger', effectiveFrom: '2025-03-01', decision: null },
};
