import { TaskCommandOf } from './commands';
import { TaskEvent } from './events';
import { requireActingAgency, requireNotClosed } from './guards';
import { Task } from './state';

/** Done, once; a withdrawn or superseded task can no longer be completed. */
export function completeTask(command: TaskCommandOf<'CompleteTask'>, task: Task): TaskEvent[] {
  requireActingAgency(command.requester, task);
  requireNotClosed(task);
  if (task.status === 'completed') return [];
  return [
    {
      type: 'TaskCompleted',
      data: { taskId: task.taskId, agencyId: task.assigneeAgencyId, summary: command.summary?.trim() || null, completedOn: command.completedOn },
    },
  ];
}
