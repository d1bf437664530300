import { Task } from '../domain/task/state';
import { directiveProgress, rollUpProgress } from '../domain/task/progress-roll-up';

/** A directive's cascade held in memory: navigation both ways and the rolled-up progress. */
export class TaskTree {
  private readonly byId: Map<string, Task>;
  private readonly children = new Map<string, Task[]>();
  private readonly contributions = new Map<string, Task[]>();
  private readonly rolled: Map<string, number>;

  constructor(readonly tasks: Task[]) {
    this.byId = new Map(tasks.map((task) => [task.taskId, task]));
    for (const task of tasks) {
      if (task.parentTaskId) this.children.set(task.parentTaskId, [...(this.children.get(task.parentTaskId) ?? []), task]);
      if (task.leadTaskId) this.contributions.set(task.leadTaskId, [...(this.contributions.get(task.leadTaskId) ?? []), task]);
    }
    this.rolled = rollUpProgress(tasks);
  }

  task(taskId: string): Task | null {
    return this.byId.get(taskId) ?? null;
  }

  parentOf(task: Task): Task | null {
    return task.parentTaskId ? this.task(task.parentTaskId) : null;
  }

  childrenOf(task: Task): Task[] {
    return this.children.get(task.taskId) ?? [];
  }

  /** The coordinating agencies' assignments of a lead's task: their contributions. */
  contributionsTo(task: Task): Task[] {
    return this.contributions.get(task.taskId) ?? [];
  }

  leadOf(task: Task): Task | null {
    return task.leadTaskId ? this.task(task.leadTaskId) : null;
  }

  progressOf(task: Task): number {
    return this.rolled.get(task.taskId) ?? task.progress;
  }

  /** The directive's own assignments (lead and coordinators), the top of the cascade. */
  roots(): Task[] {
    return this.tasks.filter((task) => task.parentTaskId === null);
  }

  directiveProgress(): number | null {
    return directiveProgress(this.tasks, this.rolled);
  }
}
