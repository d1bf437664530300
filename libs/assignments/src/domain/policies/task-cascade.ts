import { ClosingOutcome } from '../outcomes';
import { ReactionCommand, toTask } from './reaction-command';

/** For each task the cascade below it, the task first (ids in the order of the tree). */
export type TaskCascades = ReadonlyMap<string, readonly string[]>;

/** Closes a task and, down the cascade, every task delegated from it. */
export function closeTaskTree(
  taskId: string,
  closing: { outcome: ClosingOutcome; effectiveFrom: string; reason: string },
  cascades: TaskCascades,
): ReactionCommand[] {
  return (cascades.get(taskId) ?? [taskId]).map((id) => toTask({ type: 'CloseTask', taskId: id, ...closing }));
}
