import { TaskCommandOf } from './commands';
import { TaskEvent } from './events';
import { requireActingAgency, requireNotClosed } from './guards';
import { Task } from './state';

/** Tiếp nhận: once; acknowledging again or after completion changes nothing. */
export function acknowledgeTask(command: TaskCommandOf<'AcknowledgeTask'>, task: Task): TaskEvent[] {
  requireActingAgency(command.requester, task);
  requireNotClosed(task);
  if (task.acknowledgedOn !== null || task.status === 'completed') return [];
  return [{ type: 'TaskAcknowledged', data: { taskId: task.taskId, agencyId: task.assigneeAgencyId, acknowledgedOn: command.acknowledgedOn } }];
}
