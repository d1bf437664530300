import { Task } from './state';

/**
 * The roll-up rule: a task's progress is the mean of its own progress and the rolled-up
 * progress of each task delegated from it that is still live (withdrawn, superseded and
 * cancelled ones no longer count). A completed task counts 100. Coordinators' reports are
 * contributions the lead sees beside its task; they do not move the lead's figure, which
 * the lead alone reports. A directive's progress is the mean over its lead tasks.
 */
export function rollUpProgress(tasks: Task[]): Map<string, number> {
  const children = new Map<string, Task[]>();
  for (const task of tasks) {
    if (task.parentTaskId === null || task.closure) continue;
    children.set(task.parentTaskId, [...(children.get(task.parentTaskId) ?? []), task]);
  }
  const rolled = new Map<string, number>();
  const visit = (task: Task, path: Set<string>): number => {
    const known = rolled.get(task.taskId);
    if (known !== undefined) return known;
    if (path.has(task.taskId)) return task.progress;
    path.add(task.taskId);
    const parts = [task.progress, ...(children.get(task.taskId) ?? []).map((child) => visit(child, path))];
    const progress = round(parts.reduce((sum, part) => sum + part, 0) / parts.length);
    rolled.set(task.taskId, progress);
    return progress;
  };
  for (const task of tasks) visit(task, new Set());
  return rolled;
}

export function directiveProgress(tasks: Task[], rolled: Map<string, number>): number | null {
  const leads = tasks.filter((task) => task.role === 'lead' && !task.closure);
  if (leads.length === 0) return null;
  return round(leads.reduce((sum, task) => sum + (rolled.get(task.taskId) ?? task.progress), 0) / leads.length);
}

const round = (value: number) => Math.round(value * 10) / 10;
