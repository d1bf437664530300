import { conflict, forbidden, invalid, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { TaskCommandOf } from './commands';
import { TaskEvent } from './events';
import { requireActingAgency, requireOpen } from './guards';
import { Task } from './state';

/**
 * Delegation (giao nhiệm vụ cho cấp dưới): only down into the delegating agency's own
 * jurisdiction, once per receiving agency, and never with more time than the task has.
 */
export function delegateTask(command: TaskCommandOf<'DelegateTask'>, task: Task): TaskEvent[] {
  requireActingAgency(command.requester, task);
  requireOpen(task);
  const { toAgencyId, target, delegator } = command;
  if (toAgencyId === task.assigneeAgencyId) throw invalid(`Task ${task.taskId} is already ${toAgencyId}'s own`);
  if (!target) throw notFound(`No agency ${toAgencyId}`);
  if (target.status !== 'active') throw invalid(`Agency ${toAgencyId} is ${target.status}; delegate to its successor`);
  if (!delegator || !target.unitPath.includes(delegator.unitId)) {
    throw forbidden(
      `Agency ${toAgencyId} (${target.unitId}) is outside the jurisdiction of ${task.assigneeAgencyId}${delegator ? ` (${delegator.unitId})` : ''}`,
    );
  }
  if (task.children.some((child) => child.agencyId === toAgencyId)) throw conflict(`Task ${task.taskId} was already delegated to ${toAgencyId}`);
  const text = command.text.trim();
  if (!text) throw invalid('A delegated task needs a text saying what is asked');
  if (command.dueDate !== null) {
    requireLocalDate(command.dueDate, 'dueDate');
    if (command.dueDate < command.today) throw invalid(`The due date ${command.dueDate} has already passed`);
    if (task.dueDate !== null && command.dueDate > task.dueDate) throw invalid(`A delegated task cannot be due after its parent (${task.dueDate})`);
  }
  return [
    {
      type: 'TaskDelegated',
      data: { taskId: task.taskId, childTaskId: command.childTaskId, toAgencyId, text, dueDate: command.dueDate, delegatedOn: command.today },
    },
  ];
}
