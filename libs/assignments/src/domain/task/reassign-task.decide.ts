import { TaskCommandOf } from './commands';
import { TaskEvent } from './events';
import { isLive } from './guards';
import { Task } from './state';

/** A live task passes to the successor; a completed one stays with the agency that did it. */
export function reassignTask(command: TaskCommandOf<'ReassignTask'>, task: Task): TaskEvent[] {
  const { fromAgencyId, toAgencyId, reason, effectiveFrom, decision } = command;
  if (!isLive(task) || task.assigneeAgencyId !== fromAgencyId || fromAgencyId === toAgencyId) return [];
  return [{ type: 'TaskReassigned', data: { taskId: task.taskId, fromAgencyId, toAgencyId, reason, effectiveFrom, decision } }];
}
