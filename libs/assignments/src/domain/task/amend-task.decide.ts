import { TaskCommandOf } from './commands';
import { TaskEvent } from './events';
import { isLive } from './guards';
import { Task } from './state';

/** An amendment of the directive changes a live task only where it changes something. */
export function amendTask(command: TaskCommandOf<'AmendTask'>, task: Task): TaskEvent[] {
  if (!isLive(task)) return [];
  const { section, text, dueDate, amendingDocument, amendedOn } = command;
  if (section === task.section && text === task.text && dueDate === task.dueDate) return [];
  return [{ type: 'TaskAmended', data: { taskId: task.taskId, section, text, dueDate, previousDueDate: task.dueDate, amendingDocument, amendedOn } }];
}
