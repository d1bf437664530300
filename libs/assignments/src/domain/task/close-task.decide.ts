import { TaskCommandOf } from './commands';
import { TaskEvent } from './events';
import { isLive } from './guards';
import { Task } from './state';

/** Withdrawn, superseded or cancelled with its directive; a completed task stays completed. */
export function closeTask(command: TaskCommandOf<'CloseTask'>, task: Task): TaskEvent[] {
  if (!isLive(task)) return [];
  return [{ type: 'TaskClosed', data: { taskId: task.taskId, outcome: command.outcome, effectiveFrom: command.effectiveFrom, reason: command.reason } }];
}
