import { TaskCommand } from './commands';
import { TaskEvent } from './events';
import { assigned, officer, spec, stranger, TASK, withdrawn } from './testing/task-fixtures';

describe('acknowledging a task', () => {
  const acknowledge = (requester = officer): TaskCommand => ({ type: 'AcknowledgeTask', taskId: TASK, requester, acknowledgedOn: '2021-01-20' });
  const acknowledged: TaskEvent = { type: 'TaskAcknowledged', data: { taskId: TASK, agencyId: 'so-ldtbxh-soc-trang', acknowledgedOn: '2021-01-20' } };
  it('given an assigned task, when its agency acknowledges it, then TaskAcknowledged', () => spec.given([assigned]).when(acknowledge()).then([acknowledged]));
  it('given an acknowledged task, when acknowledged again, then nothing', () => spec.given([assigned, acknowledged]).when(acknowledge()).then([]));
  it('given an assigned task, when another agency acknowledges it, then FORBIDDEN', () =>
    spec
      .given([assigned])
      .when(acknowledge(stranger))
      .thenRefuses('FORBIDDEN', /assigned to so-ldtbxh-soc-trang/));
  it('given nothing, when acknowledged, then NOT_FOUND', () =>
    spec
      .given([])
      .when(acknowledge())
      .thenRefuses('NOT_FOUND', /No task/));
  it('given a withdrawn task, when acknowledged, then CONFLICT', () =>
    spec
      .given([assigned, withdrawn])
      .when(acknowledge())
      .thenRefuses('CONFLICT', /withdrawn/));
});
