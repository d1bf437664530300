import { taskDecider } from '../task/task.decider';
import { Task } from '../task/state';
import { assigned, completed, reassigned, TASK, withdrawn } from '../task/testing/task-fixtures';
import { TaskEvent } from '../task/events';
import { followTaskDeadline, TaskDeadlineFacts } from './task-deadline.policy';
import { directory, merged, NONE_GONE } from './testing/former-agencies';

const OBLIGATION = `task:${TASK}`;
const task = taskDecider.evolve(taskDecider.initialState(), assigned) as Task;
const facts = (extra: Partial<TaskDeadlineFacts> = {}): TaskDeadlineFacts => ({ task, obligationOpened: false, former: NONE_GONE, ...extra });
const amended = (dueDate: string | null): TaskEvent => ({
  type: 'TaskAmended',
  data: { taskId: TASK, section: '2.a', text: task.text, dueDate, previousDueDate: '2021-12-31', amendingDocument: '200/KH-UBND', amendedOn: '2021-04-01' },
});

describe('a task’s deadline is an obligation too', () => {
  it('given a task with a due date, when assigned, then its deadline opens as an obligation answered to whoever gave it', () =>
    expect(followTaskDeadline(assigned, facts())).toEqual([
      {
        aggregate: 'obligation',
        command: {
          type: 'OpenObligation',
          openedOn: '2021-01-15',
          spec: expect.objectContaining({
            obligationId: OBLIGATION,
            kind: 'task',
            assigneeAgencyId: 'so-ldtbxh-soc-trang',
            recipientAgencyId: 'ubnd-soc-trang',
            dueDate: '2021-12-31',
            source: expect.objectContaining({ taskId: TASK, sections: ['2.a'] }),
          }),
        },
      },
    ]));
  it('given a task without a due date, when assigned, then no obligation', () =>
    expect(followTaskDeadline(assigned, facts({ task: { ...task, dueDate: null } }))).toEqual([]));
  it('given a task assigned to a merged agency, then its deadline and the task pass to the successor', () =>
    expect(
      followTaskDeadline(assigned, facts({ former: directory(merged('so-ldtbxh-soc-trang', 'so-noi-vu-soc-trang')) })).map(({ command }) => command.type),
    ).toEqual(['OpenObligation', 'ReassignObligation', 'ReassignTask']));
  it('given TaskReassigned, then its obligation follows', () =>
    expect(followTaskDeadline(reassigned, facts())).toEqual([
      {
        aggregate: 'obligation',
        command: {
          type: 'ReassignObligation',
          obligationId: OBLIGATION,
          fromAgencyId: 'so-ldtbxh-soc-trang',
          toAgencyId: 'so-noi-vu-soc-trang',
          reason: 'merger',
          effectiveFrom: '2025-03-01',
          decision: null,
        },
      },
    ]));
  it('given an amended due date, when the obligation is open, then its deadline is amended', () =>
    expect(followTaskDeadline(amended('2021-11-30'), facts({ obligationOpened: true }))).toEqual([
      {
        aggregate: 'obligation',
        command: { type: 'AmendDeadline', obligationId: OBLIGATION, newDueDate: '2021-11-30', amendingDocument: '200/KH-UBND', amendedOn: '2021-04-01' },
      },
    ]));
  it('given a due date added by an amendment, then the obligation opens with it', () =>
    expect(
      followTaskDeadline(amended('2021-11-30'), facts()).map(({ command }) => [command.type, command.type === 'OpenObligation' ? command.spec.dueDate : null]),
    ).toEqual([['OpenObligation', '2021-11-30']]));
  it('given an amendment that removes the due date, then nothing', () =>
    expect(followTaskDeadline(amended(null), facts({ obligationOpened: true }))).toEqual([]));
  it('given TaskCompleted, then the obligation is fulfilled', () =>
    expect(followTaskDeadline(completed, facts())).toEqual([
      {
        aggregate: 'obligation',
        command: { type: 'FulfilObligation', obligationId: OBLIGATION, fulfilledOn: '2021-11-30', basis: 'task-completed', note: null },
      },
    ]));
  it('given TaskClosed, then the obligation closes the same way', () =>
    expect(followTaskDeadline(withdrawn, facts())).toEqual([
      {
        aggregate: 'obligation',
        command: { type: 'CloseObligation', obligationId: OBLIGATION, outcome: 'withdrawn', effectiveFrom: '2021-04-01', reason: 'amended by 200/KH-UBND' },
      },
    ]));
});
