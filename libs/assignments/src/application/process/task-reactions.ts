import { Inject, Injectable } from '@nestjs/common';
import { CommandContext, EventStore, loadState, RecordedEvent } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { TaskEvent } from '../../domain/events';
import { obligationDecider } from '../../domain/obligation/obligation.decider';
import { ObligationSpec } from '../../domain/obligation/commands';
import { obligationStream, taskObligationId, taskStream } from '../../domain/streams';
import { Task } from '../../domain/task/state';
import { taskDecider } from '../../domain/task/task.decider';
import { AgencyDirectory } from '../../projections/agency-directory.queries';
import { AssignmentWriter } from './assignment-writer';

/**
 * A task with its own due date is also an obligation of its assignee (kind 'task'): opened
 * when the task is assigned, passed on, moved, met or closed with the task. And a task
 * assigned to an agency that has since been merged passes to the successor at once.
 */
@Injectable()
export class TaskReactions {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly writer: AssignmentWriter,
    private readonly directory: AgencyDirectory,
  ) {}

  async react(recorded: RecordedEvent, context: CommandContext): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as TaskEvent;
    const obligationId = taskObligationId(event.data.taskId);
    switch (event.type) {
      case 'TaskAssigned': {
        const task = await this.task(event.data.taskId);
        if (task?.dueDate) await this.writer.openObligation(taskDeadline(task, task.dueDate), event.data.assignedOn, context);
        const succession = await this.directory.succession(event.data.assigneeAgencyId);
        if (succession) {
          const { toAgencyId, reason, effectiveFrom, decision } = succession;
          await this.writer.task({ type: 'ReassignTask', taskId: event.data.taskId, fromAgencyId: event.data.assigneeAgencyId, toAgencyId, reason, effectiveFrom, decision }, context);
        }
        return;
      }
      case 'TaskReassigned': {
        const { fromAgencyId, toAgencyId, reason, effectiveFrom, decision } = event.data;
        await this.writer.obligation({ type: 'ReassignObligation', obligationId, fromAgencyId, toAgencyId, reason, effectiveFrom, decision }, context);
        return;
      }
      case 'TaskAmended': {
        const { dueDate, amendingDocument, amendedOn } = event.data;
        if (dueDate === null) return;
        const { state } = await loadState(this.store, obligationDecider, obligationStream(obligationId));
        if (state.status !== 'none') {
          await this.writer.obligation({ type: 'AmendDeadline', obligationId, newDueDate: dueDate, amendingDocument, amendedOn }, context);
          return;
        }
        const task = await this.task(event.data.taskId);
        if (task) await this.writer.openObligation(taskDeadline(task, dueDate), amendedOn, context);
        return;
      }
      case 'TaskCompleted':
        await this.writer.obligation({ type: 'FulfilObligation', obligationId, fulfilledOn: event.data.completedOn, basis: 'task-completed', note: event.data.summary }, context);
        return;
      case 'TaskClosed':
        await this.writer.obligation({ type: 'CloseObligation', obligationId, outcome: event.data.outcome, effectiveFrom: event.data.effectiveFrom, reason: event.data.reason }, context);
        return;
      default:
        return;
    }
  }

  private async task(taskId: string): Promise<Task | null> {
    const { state } = await loadState(this.store, taskDecider, taskStream(taskId));
    return state.status === 'none' ? null : state;
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
