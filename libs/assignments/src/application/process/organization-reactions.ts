import { Inject, Injectable } from '@nestjs/common';
import { CommandContext, EventStore, RecordedEvent } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import type { AgencyEvent } from '@cpp/organizations';
import { HandOverReason } from '../../domain/events';
import { obligationsProjection } from '../../projections/obligations.projection';
import { ObligationQueries } from '../../projections/obligations.queries';
import { tasksProjection } from '../../projections/tasks.projection';
import { TaskQueries } from '../../projections/tasks.queries';
import { ReadModelBarrier } from '../read-model-barrier';
import { AssignmentWriter } from './assignment-writer';

/** The function whose transfer carries this platform's work: every directive and inspection it tracks is about child protection. */
export const CHILD_PROTECTION_FUNCTION = 'child-protection';

/**
 * When an agency is merged, dissolved into a successor, or loses its child-protection
 * function, its open tasks and obligations pass on: one event on each stream, the original
 * assignee kept in the history. Submitted and done ones stay where they were answered.
 *
 * A function transfer passes work only when the function is child protection: directives
 * and inspections do not say which function each task serves, and all of them concern
 * child protection, so that transfer moves all open work and any other moves none.
 */
@Injectable()
export class OrganizationReactions {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly writer: AssignmentWriter,
    private readonly barrier: ReadModelBarrier,
    private readonly obligations: ObligationQueries,
    private readonly tasks: TaskQueries,
  ) {}

  async react(recorded: RecordedEvent, context: CommandContext): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as AgencyEvent;
    switch (event.type) {
      case 'AgencyAbsorbedPredecessors':
        for (const predecessor of event.data.predecessorAgencyIds) await this.handOver(predecessor, event.data.agencyId, 'merger', event.data.effectiveFrom, event.data.decision, context);
        return;
      case 'AgencyMergedInto':
        await this.handOver(event.data.agencyId, event.data.successorAgencyId, 'merger', event.data.effectiveFrom, event.data.decision, context);
        return;
      case 'AgencyDissolved':
        if (event.data.successorAgencyId) await this.handOver(event.data.agencyId, event.data.successorAgencyId, 'dissolution', event.data.effectiveFrom, event.data.decision, context);
        return;
      case 'AgencyFunctionTransferred':
        if (event.data.function === CHILD_PROTECTION_FUNCTION) {
          await this.handOver(event.data.agencyId, event.data.toAgencyId, 'function-transfer', event.data.effectiveFrom, event.data.decision, context);
        }
        return;
      default:
        return;
    }
  }

  private async handOver(fromAgencyId: string, toAgencyId: string, reason: HandOverReason, effectiveFrom: string, decision: string | null, context: CommandContext): Promise<void> {
    await this.barrier.reach([obligationsProjection.name, tasksProjection.name], await this.store.headCheckpoint());
    for (const obligation of await this.obligations.openOf(fromAgencyId)) {
      await this.writer.obligation({ type: 'ReassignObligation', obligationId: obligation.obligationId, fromAgencyId, toAgencyId, reason, effectiveFrom, decision }, context);
    }
    for (const task of await this.tasks.openOf(fromAgencyId)) {
      await this.writer.task({ type: 'ReassignTask', taskId: task.taskId, fromAgencyId, toAgencyId, reason, effectiveFrom, decision }, context);
    }
  }
}
