import { asDomainEvent, Projection, RecordedEvent, SqlExecutor, stateRowsRebuilder } from '@cpp/eventsourcing';
import { TASK_EVENT_TYPES, TaskEvent } from '../domain/events';
import { taskDecider } from '../domain/task/task.decider';
import { Task, TaskState } from '../domain/task/state';
import { parse, upsertRows } from './obligations.projection';
import { taskFold } from './task-fold';
import { taskTables } from './tables';

const TASK_COLUMNS = ['task_id', 'directive_id', 'assignee_agency_id', 'status', 'state'];

function taskRowValues(task: Task): unknown[] {
  return [task.taskId, task.directiveId, task.assigneeAgencyId, task.status, JSON.stringify(task)];
}

/** Each task's row is its decider state, folded by the decider's own `evolve`. */
export const tasksProjection: Projection = {
  name: 'assignments.tasks',
  migrations: taskTables,
  tables: ['assignments_tasks'],
  handles: TASK_EVENT_TYPES,
  async apply(tx: SqlExecutor, recorded: RecordedEvent) {
    const event = asDomainEvent<TaskEvent>(recorded);
    const current = await tx.query<{ state: TaskState | string }>('SELECT state FROM assignments_tasks WHERE task_id = $1', [event.data.taskId]);
    const before: TaskState = current.rows.length ? parse(current.rows[0].state) : taskDecider.initialState();
    const after = taskDecider.evolve(before, event);
    if (after.status === 'none') return;
    await tx.query(
      `INSERT INTO assignments_tasks (task_id, directive_id, assignee_agency_id, status, state) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (task_id) DO UPDATE SET assignee_agency_id = $3, status = $4, state = $5`,
      [after.taskId, after.directiveId, after.assigneeAgencyId, after.status, JSON.stringify(after)],
    );
  },
  /** The batch's tasks read at once, folded in memory, written in multi-row upserts. */
  async applyBatch(tx: SqlExecutor, events: RecordedEvent[]) {
    const domainEvents = events.map((recorded) => asDomainEvent<TaskEvent>(recorded));
    const ids = [...new Set(domainEvents.map((event) => event.data.taskId))];
    const current = await tx.query<{ task_id: string; state: TaskState | string }>(
      'SELECT task_id, state FROM assignments_tasks WHERE task_id = ANY($1::text[])',
      [ids],
    );
    const states = new Map<string, TaskState>(current.rows.map((row) => [row.task_id, parse(row.state)]));
    const changed = new Set<string>();
    for (const event of domainEvents) {
      const after = taskDecider.evolve(states.get(event.data.taskId) ?? taskDecider.initialState(), event);
      if (after.status === 'none') continue;
      states.set(event.data.taskId, after);
      changed.add(event.data.taskId);
    }
    const rows = [...changed].map((id) => taskRowValues(states.get(id) as Task));
    await upsertRows(tx, 'assignments_tasks', TASK_COLUMNS, rows);
  },
  rebuilder: (shared) => stateRowsRebuilder(taskFold(shared), 'assignments_tasks', TASK_COLUMNS, taskRowValues),
};
