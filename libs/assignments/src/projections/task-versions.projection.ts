import { asDomainEvent, Projection, recordVersion, recordVersions, RecordedEvent, RecordedVersionTable, SqlExecutor } from '@cpp/eventsourcing';
import { TASK_EVENT_TYPES, TaskEvent } from '../domain/events';
import { Task } from '../domain/task/state';
import { taskDecider } from '../domain/task/task.decider';
import { taskVersionTables } from './tables';

export const TASK_VERSIONS: RecordedVersionTable<Task> = {
  table: 'assignments_task_versions',
  key: 'task_id',
  columns: ['directive_id', 'assignee_agency_id', 'status'],
  values: (task) => [task.directiveId, task.assigneeAgencyId, task.status],
};

/** Each task's versions, folded by the decider's own `evolve`. */
export const taskVersionsProjection: Projection = {
  name: 'assignments.task-versions',
  migrations: taskVersionTables,
  tables: ['assignments_task_versions'],
  handles: TASK_EVENT_TYPES,
  async apply(tx: SqlExecutor, recorded: RecordedEvent) {
    const event = asDomainEvent<TaskEvent>(recorded);
    await recordVersion(tx, TASK_VERSIONS, event.data.taskId, recorded.metadata.recordedAt, (before) => {
      const after = taskDecider.evolve(before ?? taskDecider.initialState(), event);
      return after.status === 'none' ? null : after;
    });
  },
  async applyBatch(tx: SqlExecutor, events: RecordedEvent[]) {
    await recordVersions(
      tx,
      TASK_VERSIONS,
      events.map((recorded) => {
        const event = asDomainEvent<TaskEvent>(recorded);
        return {
          id: event.data.taskId,
          recordedAt: recorded.metadata.recordedAt,
          evolve: (before: Task | null) => {
            const after = taskDecider.evolve(before ?? taskDecider.initialState(), event);
            return after.status === 'none' ? null : after;
          },
        };
      }),
    );
  },
};
