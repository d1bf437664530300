import { requireLocalDate } from '@cpp/eventsourcing';
import { TaskCommandOf } from './commands';
import { TaskEvent } from './events';
import { TaskState } from './state';

/** Assigned by the process manager or by a delegation; a redelivered cause assigns nothing twice. */
export function assignTask(command: TaskCommandOf<'AssignTask'>, state: TaskState): TaskEvent[] {
  if (state.status !== 'none') return [];
  const { spec, assignedOn } = command;
  if (spec.dueDate !== null) requireLocalDate(spec.dueDate, 'dueDate');
  return [{ type: 'TaskAssigned', data: { ...spec, assignedOn } }];
}
