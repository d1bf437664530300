import type { DirectiveAmended } from '@cpp/directives';
import { DirectivePlanCommand } from '../plan/commands';
import { taskAssignments } from '../plan/plan-derivations';
import { DirectivePlan, DirectivePlanState } from '../plan/state';
import { openPeriods } from './directive-issued.policy';
import { ReactionCommand, toTask } from './reaction-command';
import { FormerAgencies } from './succession.policy';
import { closeTaskTree, TaskCascades } from './task-cascade';

/** The amendment is recorded on the plan first, once per DirectiveAmended event. */
export function recordAmendment(amendment: DirectiveAmended['data'], facts: { eventId: string }): DirectivePlanCommand {
  return {
    type: 'RecordAmendment',
    directiveId: amendment.directiveId,
    sourceEventId: facts.eventId,
    amendedOn: amendment.amendedOn,
    amendingDocument: amendment.amendingDocument,
    addedTasks: amendment.addedTasks,
    changedTasks: amendment.changedTasks,
    withdrawnTaskIds: amendment.withdrawnTaskIds,
    addedRegimes: amendment.addedReportingRegimes,
  };
}

/**
 * Added tasks are assigned; a changed task keeps the assignments it still has (amended in
 * place) and the others are withdrawn with their cascade; a change of lead agency withdraws
 * every old assignment; withdrawn tasks close with their cascade; new periods open.
 */
export function applyAmendment(
  amendment: DirectiveAmended['data'],
  facts: { before: DirectivePlanState; plan: DirectivePlan; cascades: TaskCascades; former: FormerAgencies },
): ReactionCommand[] {
  const { before, plan, cascades, former } = facts;
  if (before.status === 'none' || plan.status !== 'in-force') return [];
  const on = amendment.amendedOn;
  const withdrawal = { outcome: 'withdrawn' as const, effectiveFrom: on, reason: `amended by ${amendment.amendingDocument ?? 'an amendment'} on ${on}` };
  const commands: ReactionCommand[] = amendment.addedTasks.flatMap((task) =>
    taskAssignments(plan, task).map((spec) => toTask({ type: 'AssignTask', spec, assignedOn: on })),
  );
  for (const task of amendment.changedTasks) {
    const previous = before.tasks.find((candidate) => candidate.taskId === task.taskId);
    const now = taskAssignments(plan, task);
    const then = previous ? taskAssignments(before, previous) : [];
    const leadChanged = previous !== undefined && previous.leadAgencyId !== task.leadAgencyId;
    for (const old of then) {
      const kept = !leadChanged && now.some((spec) => spec.taskId === old.taskId);
      if (!kept) commands.push(...closeTaskTree(old.taskId, withdrawal, cascades));
    }
    for (const spec of now) {
      const existed = !leadChanged && then.some((old) => old.taskId === spec.taskId);
      commands.push(
        existed
          ? toTask({
              type: 'AmendTask',
              taskId: spec.taskId,
              section: task.section,
              text: task.text,
              dueDate: task.dueDate,
              amendingDocument: amendment.amendingDocument,
              amendedOn: on,
            })
          : toTask({ type: 'AssignTask', spec, assignedOn: on }),
      );
    }
  }
  for (const taskId of amendment.withdrawnTaskIds) {
    const previous = before.tasks.find((candidate) => candidate.taskId === taskId);
    if (previous) commands.push(...taskAssignments(before, previous).flatMap((spec) => closeTaskTree(spec.taskId, withdrawal, cascades)));
  }
  return [...commands, ...openPeriods(plan, on, former)];
}
