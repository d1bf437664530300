import { Inject, Injectable } from '@nestjs/common';
import { CommandContext, EventStore, handleCommand, loadState, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { ClosingOutcome } from '../../domain/events';
import { ObligationCommand, ObligationSpec } from '../../domain/obligation/commands';
import { obligationDecider } from '../../domain/obligation/obligation.decider';
import { obligationStream, taskStream } from '../../domain/streams';
import { TaskCommand } from '../../domain/task/commands';
import { taskDecider } from '../../domain/task/task.decider';
import { AgencyDirectory } from '../../projections/agency-directory.queries';

/**
 * The commands the process manager and the deadline monitor send, each to its own stream.
 * Every one is idempotent in its decider, so a redelivered cause changes nothing.
 */
@Injectable()
export class AssignmentWriter {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: AgencyDirectory,
  ) {}

  async obligation(command: ObligationCommand, context: CommandContext): Promise<WriteOutcome> {
    const stream = obligationStream(command.type === 'OpenObligation' ? command.spec.obligationId : command.obligationId);
    return writeOutcome(stream, await handleCommand(this.store, obligationDecider, stream, command, context));
  }

  async task(command: TaskCommand, context: CommandContext): Promise<WriteOutcome> {
    const stream = taskStream(command.type === 'AssignTask' ? command.spec.taskId : command.taskId);
    return writeOutcome(stream, await handleCommand(this.store, taskDecider, stream, command, context));
  }

  /**
   * Opens an obligation; when the agency it names has since been merged or dissolved into
   * another, it passes straight on, so the history shows both the named and the answering agency.
   */
  async openObligation(spec: ObligationSpec, openedOn: string, context: CommandContext): Promise<WriteOutcome[]> {
    const opened = await this.obligation({ type: 'OpenObligation', spec, openedOn }, context);
    const succession = await this.directory.succession(spec.assigneeAgencyId);
    if (!succession) return [opened];
    const { toAgencyId, reason, effectiveFrom, decision } = succession;
    const passed = await this.obligation(
      { type: 'ReassignObligation', obligationId: spec.obligationId, fromAgencyId: spec.assigneeAgencyId, toAgencyId, reason, effectiveFrom, decision },
      context,
    );
    return [opened, passed];
  }

  /** Closes a task and, down the cascade, every task delegated from it. */
  async closeTaskTree(taskId: string, outcome: ClosingOutcome, effectiveFrom: string, reason: string, context: CommandContext): Promise<WriteOutcome[]> {
    const writes = [await this.task({ type: 'CloseTask', taskId, outcome, effectiveFrom, reason }, context)];
    const { state } = await loadState(this.store, taskDecider, taskStream(taskId));
    if (state.status === 'none') return writes;
    for (const child of state.children) writes.push(...(await this.closeTaskTree(child.taskId, outcome, effectiveFrom, reason, context)));
    return writes;
  }
}
