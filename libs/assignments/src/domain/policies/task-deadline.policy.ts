import { ObligationSpec } from '../obligation/commands';
import { taskObligationId } from '../streams';
import { TaskEvent } from '../task/events';
import { Task } from '../task/state';
import { passTaskOn } from './merger-hand-over.policy';
import { openObligation } from './open-obligation.policy';
import { ReactionCommand, toObligation } from './reaction-command';
import { FormerAgencies } from './succession.policy';

/** What the reaction to a task event needs to know: the task as it stands, and whether its deadline is already an obligation. */
export interface TaskDeadlineFacts {
  task: Task | null;
  obligationOpened: boolean;
  former: FormerAgencies;
}

/**
 * A task with its own due date is also an obligation of its assignee (kind 'task'): opened
 * when the task is assigned, passed on, moved, met or closed with the task. And a task
 * assigned to an agency that has since been merged passes to the successor at once.
 */
export function followTaskDeadline(event: TaskEvent, facts: TaskDeadlineFacts): ReactionCommand[] {
  const obligationId = taskObligationId(event.data.taskId);
  const { task, former } = facts;
  switch (event.type) {
    case 'TaskAssigned':
      return [
        ...(task?.dueDate ? openObligation(taskDeadline(task, task.dueDate), event.data.assignedOn, former) : []),
        ...passTaskOn(event.data.taskId, event.data.assigneeAgencyId, former),
      ];
    case 'TaskReassigned': {
      const { fromAgencyId, toAgencyId, reason, effectiveFrom, decision } = event.data;
      return [toObligation({ type: 'ReassignObligation', obligationId, fromAgencyId, toAgencyId, reason, effectiveFrom, decision })];
    }
    case 'TaskAmended': {
      const { dueDate, amendingDocument, amendedOn } = event.data;
      if (dueDate === null) return [];
      if (facts.obligationOpened) return [toObligation({ type: 'AmendDeadline', obligationId, newDueDate: dueDate, amendingDocument, amendedOn })];
      return task ? openObligation(taskDeadline(task, dueDate), amendedOn, former) : [];
    }
    case 'TaskCompleted':
      return [toObligation({ type: 'FulfilObligation', obligationId, fulfilledOn: event.data.completedOn, basis: 'task-completed', note: event.data.summary })];
    case 'TaskClosed':
      return [
        toObligation({
          type: 'CloseObligation',
          obligationId,
          outcome: event.data.outcome,
          effectiveFrom: event.data.effectiveFrom,
          reason: event.data.reason,
        }),
      ];
    default:
      return [];
  }
}

/** The obligation a task's deadline stands for, answered to whoever gave the task. */
function taskDeadline(task: Task, dueDate: string): ObligationSpec {
  return {
    obligationId: taskObligationId(task.taskId),
    kind: 'task',
    title: task.text,
    source: {
      type: 'directive',
      directiveId: task.directiveId,
      documentNumber: task.documentNumber,
      documentSubject: task.documentSubject,
      sections: [task.section],
      regimeId: null,
      taskId: task.taskId,
      inspectionId: null,
      recommendationId: null,
    },
    period: null,
    assigneeAgencyId: task.assigneeAgencyId,
    recipientAgencyId: task.assignedByAgencyId,
    dueDate,
  };
}
