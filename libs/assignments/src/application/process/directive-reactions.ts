import { Inject, Injectable } from '@nestjs/common';
import { Clock, CommandContext, EventStore, handleCommand, loadState, localDateAt, RecordedEvent } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import type { AdHocReportRequested, DirectiveAmended, DirectiveIssued, DirectiveRevoked, DirectiveSuperseded, DirectiveTask } from '@cpp/directives';
import { DirectivePlan } from '../../domain/plan/state';
import { DirectivePlanCommand } from '../../domain/plan/commands';
import { directivePlanDecider } from '../../domain/plan/directive-plan.decider';
import { adHocObligations, periodicObligations, reportObligationIds, taskAssignments } from '../../domain/plan/plan-derivations';
import { horizonFor } from '../../domain/plan/reporting-periods';
import { planStream } from '../../domain/streams';
import { AssignmentWriter } from './assignment-writer';

/**
 * Issuing a directive assigns each task to its lead and coordinating agencies and opens one
 * obligation per reporting period; amendments, supersession and revocation follow. The
 * directive's plan is recorded first, in this context's own stream, and every assignment
 * is derived from it, so a repeated delivery derives the same ids and opens nothing twice.
 */
@Injectable()
export class DirectiveReactions {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly writer: AssignmentWriter,
    private readonly clock: Clock,
  ) {}

  async issued(event: RecordedEvent, context: CommandContext): Promise<void> {
    const directive = event.data as DirectiveIssued['data'];
    const on = directive.issuedOn ?? directive.effectiveFrom ?? localDateAt(new Date(event.metadata.occurredAt));
    const plan = await this.plan(
      {
        type: 'RecordDirectivePlan',
        directiveId: directive.directiveId,
        document: { documentNumber: directive.documentNumber.raw, subject: directive.subject, issuingAgencyId: directive.issuingAgencyId, issuedOn: directive.issuedOn },
        tasks: directive.tasks,
        regimes: directive.reportingRegimes,
        horizon: horizonFor(localDateAt(this.clock.now())),
      },
      context,
    );
    if (plan.status !== 'in-force') return;
    for (const task of plan.tasks) await this.assign(plan, task, on, context);
    await this.openPeriods(plan, on, context);
  }

  async amended(event: RecordedEvent, context: CommandContext): Promise<void> {
    const amendment = event.data as DirectiveAmended['data'];
    const { state: before } = await loadState(this.store, directivePlanDecider, planStream(amendment.directiveId));
    const plan = await this.plan(
      {
        type: 'RecordAmendment',
        directiveId: amendment.directiveId,
        sourceEventId: event.id,
        amendedOn: amendment.amendedOn,
        amendingDocument: amendment.amendingDocument,
        addedTasks: amendment.addedTasks,
        changedTasks: amendment.changedTasks,
        withdrawnTaskIds: amendment.withdrawnTaskIds,
        addedRegimes: amendment.addedReportingRegimes,
      },
      context,
    );
    if (before.status === 'none' || plan.status !== 'in-force') return;
    const on = amendment.amendedOn;
    const reason = `amended by ${amendment.amendingDocument ?? 'an amendment'} on ${on}`;
    for (const task of amendment.addedTasks) await this.assign(plan, task, on, context);
    for (const task of amendment.changedTasks) {
      const previous = before.tasks.find((candidate) => candidate.taskId === task.taskId);
      const now = taskAssignments(plan, task);
      const then = previous ? taskAssignments(before, previous) : [];
      const leadChanged = previous !== undefined && previous.leadAgencyId !== task.leadAgencyId;
      for (const old of then) {
        const kept = !leadChanged && now.some((spec) => spec.taskId === old.taskId);
        if (!kept) await this.writer.closeTaskTree(old.taskId, 'withdrawn', on, reason, context);
      }
      for (const spec of now) {
        const existed = !leadChanged && then.some((old) => old.taskId === spec.taskId);
        if (existed) {
          await this.writer.task({ type: 'AmendTask', taskId: spec.taskId, section: task.section, text: task.text, dueDate: task.dueDate, amendingDocument: amendment.amendingDocument, amendedOn: on }, context);
        } else {
          await this.writer.task({ type: 'AssignTask', spec, assignedOn: on }, context);
        }
      }
    }
    for (const taskId of amendment.withdrawnTaskIds) {
      const previous = before.tasks.find((candidate) => candidate.taskId === taskId);
      if (!previous) continue;
      for (const spec of taskAssignments(before, previous)) await this.writer.closeTaskTree(spec.taskId, 'withdrawn', on, reason, context);
    }
    await this.openPeriods(plan, on, context);
  }

  async closed(recorded: RecordedEvent, context: CommandContext): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as DirectiveSuperseded | DirectiveRevoked;
    const outcome = event.type === 'DirectiveSuperseded' ? 'superseded' : 'cancelled';
    const reason =
      event.type === 'DirectiveSuperseded'
        ? `superseded by ${event.data.supersededByDirectiveId}`
        : `revoked${event.data.revokingDocument ? ` by ${event.data.revokingDocument}` : ''}: ${event.data.reason}`;
    const { directiveId, effectiveFrom } = event.data;
    const plan = await this.plan({ type: 'CloseDirectivePlan', directiveId, outcome, effectiveFrom, reason }, context);
    for (const task of plan.tasks) {
      for (const spec of taskAssignments(plan, task)) await this.writer.closeTaskTree(spec.taskId, outcome, effectiveFrom, reason, context);
    }
    for (const obligationId of reportObligationIds(plan)) await this.writer.obligation({ type: 'CloseObligation', obligationId, outcome, effectiveFrom, reason }, context);
  }

  async adHocRequested(event: RecordedEvent, context: CommandContext): Promise<void> {
    const { directiveId, regimeId, requestId, content, reportingAgencyIds, dueDate, requestedOn } = event.data as AdHocReportRequested['data'];
    const plan = await this.plan({ type: 'RecordAdHocRequest', directiveId, regimeId, requestId, content, reportingAgencyIds, dueDate, requestedOn }, context);
    const request = plan.adHocRequests.find((candidate) => candidate.requestId === requestId);
    if (!request || plan.status !== 'in-force') return;
    for (const spec of adHocObligations(plan, request)) await this.writer.openObligation(spec, requestedOn, context);
  }

  private async plan(command: DirectivePlanCommand, context: CommandContext): Promise<DirectivePlan> {
    const { state } = await handleCommand(this.store, directivePlanDecider, planStream(command.directiveId), command, context);
    if (state.status === 'none') throw new Error(`Directive plan ${command.directiveId} was not recorded`);
    return state;
  }

  private async assign(plan: DirectivePlan, task: DirectiveTask, on: string, context: CommandContext): Promise<void> {
    for (const spec of taskAssignments(plan, task)) await this.writer.task({ type: 'AssignTask', spec, assignedOn: on }, context);
  }

  private async openPeriods(plan: DirectivePlan, on: string, context: CommandContext): Promise<void> {
    for (const spec of periodicObligations(plan, { after: null, through: plan.horizon })) await this.writer.openObligation(spec, on, context);
  }
}
