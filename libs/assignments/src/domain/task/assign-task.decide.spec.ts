import { assigned, lead, spec } from './testing/task-fixtures';

describe('assigning a task (by the process manager, or by a delegation)', () => {
  it('given nothing, when assigned, then TaskAssigned', () =>
    spec.given([]).when({ type: 'AssignTask', spec: lead, assignedOn: '2021-01-15' }).then([assigned]));
  it('given an assigned task, when assigned again (a redelivered directive), then nothing', () =>
    spec.given([assigned]).when({ type: 'AssignTask', spec: lead, assignedOn: '2021-01-15' }).then([]));
});
