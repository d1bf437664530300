import { TaskCommand } from './commands';
import { assigned, completed, officer, spec, TASK, withdrawn } from './testing/task-fixtures';

describe('completing a task', () => {
  const complete = (requester = officer): TaskCommand => ({ type: 'CompleteTask', taskId: TASK, requester, summary: null, completedOn: '2021-11-30' });
  it('given an assigned task, when its agency completes it, then TaskCompleted', () => spec.given([assigned]).when(complete()).then([completed]));
  it('given a completed task, when completed again, then nothing', () => spec.given([assigned, completed]).when(complete()).then([]));
  it('given a withdrawn task, when completed, then CONFLICT', () =>
    spec
      .given([assigned, withdrawn])
      .when(complete())
      .thenRefuses('CONFLICT', /withdrawn/));
});
