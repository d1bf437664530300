import { TaskCommand } from './commands';
import { assigned, lead, spec, TASK } from './testing/task-fixtures';

describe('amending a task (following directives)', () => {
  const amend = (dueDate: string | null, text = lead.text): TaskCommand => ({
    type: 'AmendTask',
    taskId: TASK,
    section: '2.a',
    text,
    dueDate,
    amendingDocument: '200/KH-UBND',
    amendedOn: '2021-04-01',
  });
  it('given an open task, when an amendment moves its due date, then TaskAmended', () =>
    spec
      .given([assigned])
      .when(amend('2021-11-30'))
      .then([
        {
          type: 'TaskAmended',
          data: {
            taskId: TASK,
            section: '2.a',
            text: lead.text,
            dueDate: '2021-11-30',
            previousDueDate: '2021-12-31',
            amendingDocument: '200/KH-UBND',
            amendedOn: '2021-04-01',
          },
        },
      ]));
  it('given an open task, when an amendment changes nothing of it, then nothing', () => spec.given([assigned]).when(amend('2021-12-31')).then([]));
});
