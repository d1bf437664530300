import { assigned, completed, officer, progress, reassigned, spec, stranger, TASK } from './testing/task-fixtures';

describe('reporting progress', () => {
  it('given an assigned task, when its agency reports progress, then TaskProgressReported', () =>
    spec
      .given([assigned])
      .when(progress(40))
      .then([
        {
          type: 'TaskProgressReported',
          data: { taskId: TASK, agencyId: 'so-ldtbxh-soc-trang', percent: 40, summary: 'Đã tổ chức 3 hội nghị', reportedOn: '2021-06-01' },
        },
      ]));
  it('given an assigned task, when progress is above 100, then BAD_USER_INPUT', () =>
    spec
      .given([assigned])
      .when(progress(120))
      .thenRefuses('BAD_USER_INPUT', /0 to 100/));
  it('given an assigned task, when progress comes without a summary, then BAD_USER_INPUT', () =>
    spec
      .given([assigned])
      .when(progress(40, officer, ' '))
      .thenRefuses('BAD_USER_INPUT', /summary/));
  it('given an assigned task, when another agency reports on it, then FORBIDDEN', () =>
    spec.given([assigned]).when(progress(40, stranger)).thenRefuses('FORBIDDEN'));
  it('given a completed task, when progress is reported, then CONFLICT', () =>
    spec
      .given([assigned, completed])
      .when(progress(40))
      .thenRefuses('CONFLICT', /completed/));
  it('given a reassigned task, when the successor reports progress, then it is recorded for the successor', () =>
    spec
      .given([assigned, reassigned])
      .when(progress(10, { subject: null, agencyId: 'so-noi-vu-soc-trang', roles: ['agency-officer'] }))
      .then([
        {
          type: 'TaskProgressReported',
          data: { taskId: TASK, agencyId: 'so-noi-vu-soc-trang', percent: 10, summary: 'Đã tổ chức 3 hội nghị', reportedOn: '2021-06-01' },
        },
      ]));
});
