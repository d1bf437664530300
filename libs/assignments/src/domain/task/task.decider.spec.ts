import { deciderSpec } from '@cpp/eventsourcing/testing';
import { TaskEvent } from '../events';
import { Requester } from '../requester';
import { AgencyFact, TaskCommand, taskDecider, TaskSpec } from './task.decider';

const spec = deciderSpec(taskDecider);
const TASK = 'kh-soc-trang/2.a/so-ldtbxh-soc-trang';
const CHILD = `${TASK}>ubnd-ke-sach`;

const lead: TaskSpec = {
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
const assigned: TaskEvent = { type: 'TaskAssigned', data: { ...lead, assignedOn: '2021-01-15' } };
const officer: Requester = { agencyId: 'so-ldtbxh-soc-trang', roles: ['agency-officer'] };
const stranger: Requester = { agencyId: 'so-y-te-soc-trang', roles: ['agency-officer'] };
const committee: Requester = { agencyId: null, roles: ['steering-committee'] };

const fact = (agencyId: string, unitPath: string[], status: AgencyFact['status'] = 'active'): AgencyFact => ({ agencyId, status, unitId: unitPath[0], unitPath });
const sld = fact('so-ldtbxh-soc-trang', ['soc-trang', 'viet-nam']);
const keSach = fact('ubnd-ke-sach', ['ke-sach', 'soc-trang', 'viet-nam']);
const sonDuong = fact('ubnd-son-duong', ['son-duong', 'tuyen-quang', 'viet-nam']);

const delegate = (extra: Partial<Extract<TaskCommand, { type: 'DelegateTask' }>> = {}): TaskCommand => ({
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
const delegated: TaskEvent = {
  type: 'TaskDelegated',
  data: { taskId: TASK, childTaskId: CHILD, toAgencyId: 'ubnd-ke-sach', text: 'Tổ chức tuyên truyền tại các xã', dueDate: '2021-10-31', delegatedOn: '2021-03-01' },
};
const completed: TaskEvent = { type: 'TaskCompleted', data: { taskId: TASK, agencyId: 'so-ldtbxh-soc-trang', summary: null, completedOn: '2021-11-30' } };
const withdrawn: TaskEvent = { type: 'TaskClosed', data: { taskId: TASK, outcome: 'withdrawn', effectiveFrom: '2021-04-01', reason: 'amended by 200/KH-UBND' } };
const progress = (percent: number, requester = officer, summary = 'Đã tổ chức 3 hội nghị'): TaskCommand => ({ type: 'ReportTaskProgress', taskId: TASK, requester, percent, summary, reportedOn: '2021-06-01' });

describe('task decider', () => {
  describe('assigning (by the process manager, or by a delegation)', () => {
    it('given nothing, when assigned, then TaskAssigned', () => spec.given([]).when({ type: 'AssignTask', spec: lead, assignedOn: '2021-01-15' }).then([assigned]));
    it('given an assigned task, when assigned again (a redelivered directive), then nothing', () =>
      spec.given([assigned]).when({ type: 'AssignTask', spec: lead, assignedOn: '2021-01-15' }).then([]));
  });

  describe('acknowledging', () => {
    const acknowledge = (requester = officer): TaskCommand => ({ type: 'AcknowledgeTask', taskId: TASK, requester, acknowledgedOn: '2021-01-20' });
    const acknowledged: TaskEvent = { type: 'TaskAcknowledged', data: { taskId: TASK, agencyId: 'so-ldtbxh-soc-trang', acknowledgedOn: '2021-01-20' } };
    it('given an assigned task, when its agency acknowledges it, then TaskAcknowledged', () => spec.given([assigned]).when(acknowledge()).then([acknowledged]));
    it('given an acknowledged task, when acknowledged again, then nothing', () => spec.given([assigned, acknowledged]).when(acknowledge()).then([]));
    it('given an assigned task, when another agency acknowledges it, then FORBIDDEN', () => spec.given([assigned]).when(acknowledge(stranger)).thenRefuses('FORBIDDEN', /assigned to so-ldtbxh-soc-trang/));
    it('given nothing, when acknowledged, then NOT_FOUND', () => spec.given([]).when(acknowledge()).thenRefuses('NOT_FOUND', /No task/));
    it('given a withdrawn task, when acknowledged, then CONFLICT', () => spec.given([assigned, withdrawn]).when(acknowledge()).thenRefuses('CONFLICT', /withdrawn/));
  });

  describe('delegating down the cascade', () => {
    it('given an assigned task, when delegated to a district inside the province, then TaskDelegated', () => spec.given([assigned]).when(delegate()).then([delegated]));
    it('given an assigned task, when the steering committee delegates it, then TaskDelegated', () => spec.given([assigned]).when(delegate({ requester: committee })).then([delegated]));
    it('given an assigned task, when delegated without a due date, then TaskDelegated without one', () =>
      spec.given([assigned]).when(delegate({ dueDate: null })).then([{ ...delegated, data: { ...delegated.data, dueDate: null } } as TaskEvent]));
    it('given an assigned task, when delegated outside the jurisdiction, then FORBIDDEN', () =>
      spec.given([assigned]).when(delegate({ toAgencyId: 'ubnd-son-duong', target: sonDuong })).thenRefuses('FORBIDDEN', /outside the jurisdiction/));
    it('given a district’s task, when delegated up to a provincial department, then FORBIDDEN', () => {
      const districtTask: TaskEvent = {
        type: 'TaskAssigned',
        data: { ...lead, taskId: CHILD, role: 'delegated', assigneeAgencyId: 'ubnd-ke-sach', assignedByAgencyId: 'so-ldtbxh-soc-trang', parentTaskId: TASK, dueDate: '2021-10-31', assignedOn: '2021-03-01' },
      };
      spec
        .given([districtTask])
        .when(
          delegate({
            taskId: CHILD,
            requester: { agencyId: 'ubnd-ke-sach', roles: ['agency-officer'] },
            childTaskId: `${CHILD}>so-y-te-soc-trang`,
            delegator: keSach,
            toAgencyId: 'so-y-te-soc-trang',
            target: fact('so-y-te-soc-trang', ['soc-trang', 'viet-nam']),
          }),
        )
        .thenRefuses('FORBIDDEN', /outside the jurisdiction of ubnd-ke-sach/);
    });
    it('given an assigned task, when delegated to the agency that holds it, then BAD_USER_INPUT', () =>
      spec.given([assigned]).when(delegate({ toAgencyId: 'so-ldtbxh-soc-trang', target: sld })).thenRefuses('BAD_USER_INPUT', /already so-ldtbxh-soc-trang's own/));
    it('given an assigned task, when delegated to an unknown agency, then NOT_FOUND', () =>
      spec.given([assigned]).when(delegate({ toAgencyId: 'ubnd-atlantis', target: null })).thenRefuses('NOT_FOUND', /ubnd-atlantis/));
    it('given an assigned task, when delegated to a merged agency, then BAD_USER_INPUT', () =>
      spec.given([assigned]).when(delegate({ target: { ...keSach, status: 'merged' } })).thenRefuses('BAD_USER_INPUT', /successor/));
    it('given an assigned task, when the delegating agency is unknown to the directory, then FORBIDDEN', () =>
      spec.given([assigned]).when(delegate({ delegator: null })).thenRefuses('FORBIDDEN', /jurisdiction/));
    it('given an assigned task, when another agency delegates it, then FORBIDDEN', () => spec.given([assigned]).when(delegate({ requester: stranger })).thenRefuses('FORBIDDEN'));
    it('given a delegated task, when delegated again to the same agency, then CONFLICT', () =>
      spec.given([assigned, delegated]).when(delegate()).thenRefuses('CONFLICT', /already delegated/));
    it('given an assigned task, when the child would be due after the parent, then BAD_USER_INPUT', () =>
      spec.given([assigned]).when(delegate({ dueDate: '2022-01-31' })).thenRefuses('BAD_USER_INPUT', /after its parent/));
    it('given an assigned task, when the child’s due date has passed, then BAD_USER_INPUT', () =>
      spec.given([assigned]).when(delegate({ dueDate: '2021-02-01' })).thenRefuses('BAD_USER_INPUT', /already passed/));
    it('given an assigned task, when delegated with an empty text, then BAD_USER_INPUT', () => spec.given([assigned]).when(delegate({ text: ' ' })).thenRefuses('BAD_USER_INPUT', /text/));
    it('given a completed task, when delegated, then CONFLICT', () => spec.given([assigned, completed]).when(delegate()).thenRefuses('CONFLICT', /completed/));
  });

  describe('progress and completion', () => {
    it('given an assigned task, when its agency reports progress, then TaskProgressReported', () =>
      spec.given([assigned]).when(progress(40)).then([
        { type: 'TaskProgressReported', data: { taskId: TASK, agencyId: 'so-ldtbxh-soc-trang', percent: 40, summary: 'Đã tổ chức 3 hội nghị', reportedOn: '2021-06-01' } },
      ]));
    it('given an assigned task, when progress is above 100, then BAD_USER_INPUT', () => spec.given([assigned]).when(progress(120)).thenRefuses('BAD_USER_INPUT', /0 to 100/));
    it('given an assigned task, when progress comes without a summary, then BAD_USER_INPUT', () => spec.given([assigned]).when(progress(40, officer, ' ')).thenRefuses('BAD_USER_INPUT', /summary/));
    it('given an assigned task, when another agency reports on it, then FORBIDDEN', () => spec.given([assigned]).when(progress(40, stranger)).thenRefuses('FORBIDDEN'));
    it('given a completed task, when progress is reported, then CONFLICT', () => spec.given([assigned, completed]).when(progress(40)).thenRefuses('CONFLICT', /completed/));
    const complete = (requester = officer): TaskCommand => ({ type: 'CompleteTask', taskId: TASK, requester, summary: null, completedOn: '2021-11-30' });
    it('given an assigned task, when its agency completes it, then TaskCompleted', () => spec.given([assigned]).when(complete()).then([completed]));
    it('given a completed task, when completed again, then nothing', () => spec.given([assigned, completed]).when(complete()).then([]));
    it('given a withdrawn task, when completed, then CONFLICT', () => spec.given([assigned, withdrawn]).when(complete()).thenRefuses('CONFLICT', /withdrawn/));
  });

  describe('following directives and the organisation chart', () => {
    const reassign: TaskCommand = { type: 'ReassignTask', taskId: TASK, fromAgencyId: 'so-ldtbxh-soc-trang', toAgencyId: 'so-noi-vu-soc-trang', reason: 'merger', effectiveFrom: '2025-03-01', decision: null };
    const reassigned: TaskEvent = {
      type: 'TaskReassigned',
      data: { taskId: TASK, fromAgencyId: 'so-ldtbxh-soc-trang', toAgencyId: 'so-noi-vu-soc-trang', reason: 'merger', effectiveFrom: '2025-03-01', decision: null },
    };
    it('given an open task, when its agency is merged, then TaskReassigned', () => spec.given([assigned]).when(reassign).then([reassigned]));
    it('given a reassigned task, when the hand-over repeats, then nothing', () => spec.given([assigned, reassigned]).when(reassign).then([]));
    it('given a completed task, when its agency is merged, then it stays with the agency that did it', () => spec.given([assigned, completed]).when(reassign).then([]));
    it('given a reassigned task, when the successor reports progress, then it is recorded for the successor', () =>
      spec.given([assigned, reassigned]).when(progress(10, { agencyId: 'so-noi-vu-soc-trang', roles: ['agency-officer'] })).then([
        { type: 'TaskProgressReported', data: { taskId: TASK, agencyId: 'so-noi-vu-soc-trang', percent: 10, summary: 'Đã tổ chức 3 hội nghị', reportedOn: '2021-06-01' } },
      ]));
    const close: TaskCommand = { type: 'CloseTask', taskId: TASK, outcome: 'withdrawn', effectiveFrom: '2021-04-01', reason: 'amended by 200/KH-UBND' };
    it('given an open task, when withdrawn by an amendment, then TaskClosed', () => spec.given([assigned]).when(close).then([withdrawn]));
    it('given a closed task, when closed again, then nothing', () => spec.given([assigned, withdrawn]).when(close).then([]));
    it('given a completed task, when its directive is superseded, then it stays completed', () => spec.given([assigned, completed]).when({ ...close, outcome: 'superseded' }).then([]));
    const amend = (dueDate: string | null, text = lead.text): TaskCommand => ({ type: 'AmendTask', taskId: TASK, section: '2.a', text, dueDate, amendingDocument: '200/KH-UBND', amendedOn: '2021-04-01' });
    it('given an open task, when an amendment moves its due date, then TaskAmended', () =>
      spec.given([assigned]).when(amend('2021-11-30')).then([
        { type: 'TaskAmended', data: { taskId: TASK, section: '2.a', text: lead.text, dueDate: '2021-11-30', previousDueDate: '2021-12-31', amendingDocument: '200/KH-UBND', amendedOn: '2021-04-01' } },
      ]));
    it('given an open task, when an amendment changes nothing of it, then nothing', () => spec.given([assigned]).when(amend('2021-12-31')).then([]));
    it('given nothing, when amended, reassigned or closed, then nothing', () => spec.given([]).when(close).then([]));
  });
});
