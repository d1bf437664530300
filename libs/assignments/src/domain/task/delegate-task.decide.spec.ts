import { TaskEvent } from './events';
import { assigned, CHILD, committee, completed, delegate, delegated, fact, keSach, lead, sld, sonDuong, spec, stranger, TASK } from './testing/task-fixtures';

describe('delegating down the cascade', () => {
  it('given an assigned task, when delegated to a district inside the province, then TaskDelegated', () =>
    spec.given([assigned]).when(delegate()).then([delegated]));
  it('given an assigned task, when the steering committee delegates it, then TaskDelegated', () =>
    spec
      .given([assigned])
      .when(delegate({ requester: committee }))
      .then([delegated]));
  it('given an assigned task, when delegated without a due date, then TaskDelegated without one', () =>
    spec
      .given([assigned])
      .when(delegate({ dueDate: null }))
      .then([{ ...delegated, data: { ...delegated.data, dueDate: null } } as TaskEvent]));
  it('given an assigned task, when delegated outside the jurisdiction, then FORBIDDEN', () =>
    spec
      .given([assigned])
      .when(delegate({ toAgencyId: 'ubnd-son-duong', target: sonDuong }))
      .thenRefuses('FORBIDDEN', /outside the jurisdiction/));
  it('given a district’s task, when delegated up to a provincial department, then FORBIDDEN', () => {
    const districtTask: TaskEvent = {
      type: 'TaskAssigned',
      data: {
        ...lead,
        taskId: CHILD,
        role: 'delegated',
        assigneeAgencyId: 'ubnd-ke-sach',
        assignedByAgencyId: 'so-ldtbxh-soc-trang',
        parentTaskId: TASK,
        dueDate: '2021-10-31',
        assignedOn: '2021-03-01',
      },
    };
    spec
      .given([districtTask])
      .when(
        delegate({
          taskId: CHILD,
          requester: { subject: null, agencyId: 'ubnd-ke-sach', roles: ['agency-officer'] },
          childTaskId: `${CHILD}>so-y-te-soc-trang`,
          delegator: keSach,
          toAgencyId: 'so-y-te-soc-trang',
          target: fact('so-y-te-soc-trang', ['soc-trang', 'viet-nam']),
        }),
      )
      .thenRefuses('FORBIDDEN', /outside the jurisdiction of ubnd-ke-sach/);
  });
  it('given an assigned task, when delegated to the agency that holds it, then BAD_USER_INPUT', () =>
    spec
      .given([assigned])
      .when(delegate({ toAgencyId: 'so-ldtbxh-soc-trang', target: sld }))
      .thenRefuses('BAD_USER_INPUT', /already so-ldtbxh-soc-trang's own/));
  it('given an assigned task, when delegated to an unknown agency, then NOT_FOUND', () =>
    spec
      .given([assigned])
      .when(delegate({ toAgencyId: 'ubnd-atlantis', target: null }))
      .thenRefuses('NOT_FOUND', /ubnd-atlantis/));
  it('given an assigned task, when delegated to a merged agency, then BAD_USER_INPUT', () =>
    spec
      .given([assigned])
      .when(delegate({ target: { ...keSach, status: 'merged' } }))
      .thenRefuses('BAD_USER_INPUT', /successor/));
  it('given an assigned task, when the delegating agency is unknown to the directory, then FORBIDDEN', () =>
    spec
      .given([assigned])
      .when(delegate({ delegator: null }))
      .thenRefuses('FORBIDDEN', /jurisdiction/));
  it('given an assigned task, when another agency delegates it, then FORBIDDEN', () =>
    spec
      .given([assigned])
      .when(delegate({ requester: stranger }))
      .thenRefuses('FORBIDDEN'));
  it('given a delegated task, when delegated again to the same agency, then CONFLICT', () =>
    spec
      .given([assigned, delegated])
      .when(delegate())
      .thenRefuses('CONFLICT', /already delegated/));
  it('given an assigned task, when the child would be due after the parent, then BAD_USER_INPUT', () =>
    spec
      .given([assigned])
      .when(delegate({ dueDate: '2022-01-31' }))
      .thenRefuses('BAD_USER_INPUT', /after its parent/));
  it('given an assigned task, when the child’s due date has passed, then BAD_USER_INPUT', () =>
    spec
      .given([assigned])
      .when(delegate({ dueDate: '2021-02-01' }))
      .thenRefuses('BAD_USER_INPUT', /already passed/));
  it('given an assigned task, when delegated with an empty text, then BAD_USER_INPUT', () =>
    spec
      .given([assigned])
      .when(delegate({ text: ' ' }))
      .thenRefuses('BAD_USER_INPUT', /text/));
  it('given a completed task, when delegated, then CONFLICT', () =>
    spec
      .given([assigned, completed])
      .when(delegate())
      .thenRefuses('CONFLICT', /completed/));
});
