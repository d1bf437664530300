import { Projection, recordedVersionsRebuilder, recordVersion, recordVersions, RecordedEvent, RecordedVersionTable, SqlExecutor } from '@cpp/eventsourcing';
import { TASK_EVENT_TYPES } from '../domain/events';
import { Task } from '../domain/task/state';
import { taskChange, taskFold } from './task-fold';
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
    const change = taskChange(recorded);
    await recordVersion(tx, TASK_VERSIONS, change.id, change.recordedAt, change.evolve);
  },
  async applyBatch(tx: SqlExecutor, events: RecordedEvent[]) {
    await recordVersions(tx, TASK_VERSIONS, events.map(taskChange));
  },
  rebuilder: (shared) => recordedVersionsRebuilder(taskFold(shared), TASK_VERSIONS),
};
