import { TaskCommand } from './commands';
import { assigned, completed, spec, TASK, withdrawn } from './testing/task-fixtures';

describe('closing a task (following directives)', () => {
  const close: TaskCommand = { type: 'CloseTask', taskId: TASK, outcome: 'withdrawn', effectiveFrom: '2021-04-01', reason: 'amended by 200/KH-UBND' };
  it('given an open task, when withdrawn by an amendment, then TaskClosed', () => spec.given([assigned]).when(close).then([withdrawn]));
  it('given a closed task, when closed again, then nothing', () => spec.given([assigned, withdrawn]).when(close).then([]));
  it('given a completed task, when its directive is superseded, then it stays completed', () =>
    spec
      .given([assigned, completed])
      .when({ ...close, outcome: 'superseded' })
      .then([]));
  it('given nothing, when amended, reassigned or closed, then nothing', () => spec.given([]).when(close).then([]));
});
