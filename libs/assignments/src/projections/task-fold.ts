import { asDomainEvent, RebuildShared, RecordedEvent, VersionChange, VersionFold } from '@cpp/eventsourcing';
import { TaskEvent } from '../domain/events';
import { Task } from '../domain/task/state';
import { taskDecider } from '../domain/task/task.decider';

/** One task event as a change to its versions, folded by the decider's own `evolve`. */
export function taskChange(recorded: RecordedEvent): VersionChange<Task> {
  const event = asDomainEvent<TaskEvent>(recorded);
  return {
    id: event.data.taskId,
    recordedAt: recorded.metadata.recordedAt,
    evolve: (before) => {
      const after = taskDecider.evolve(before ?? taskDecider.initialState(), event);
      return after.status === 'none' ? null : after;
    },
  };
}

/** The tasks and their versions, rebuilt from one fold of the log. */
export const taskFold = (shared: RebuildShared): VersionFold<Task> => shared.once('assignments.tasks', () => new VersionFold(taskChange));
