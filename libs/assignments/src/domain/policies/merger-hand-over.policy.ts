import type { AgencyEvent } from '@cpp/organizations';
import { HandOverReason } from '../outcomes';
import { transferCarriesOpenWork } from './child-protection.policy';
import { ReactionCommand, toObligation, toTask } from './reaction-command';
import { FormerAgencies, successionOf } from './succession.policy';

/**
 * The merger hand-over rule: when an agency is merged, dissolved into a successor, or loses
 * its child-protection function, its open tasks and obligations pass on, one event on each
 * stream with the original assignee kept in the history; submitted and done ones stay where
 * they were answered (the deciders keep that). Work opened later for an agency already gone
 * passes straight on to whoever answers for it now.
 */
export interface HandOver {
  fromAgencyId: string;
  toAgencyId: string;
  reason: HandOverReason;
  effectiveFrom: string;
  decision: string | null;
}

/** The hand-overs an organisation chart event causes. */
export function handOversOf(event: AgencyEvent): HandOver[] {
  switch (event.type) {
    case 'AgencyAbsorbedPredecessors': {
      const { effectiveFrom, decision } = event.data;
      return event.data.predecessorAgencyIds.map((fromAgencyId) => ({
        fromAgencyId,
        toAgencyId: event.data.agencyId,
        reason: 'merger',
        effectiveFrom,
        decision,
      }));
    }
    case 'AgencyMergedInto': {
      const { agencyId, successorAgencyId, effectiveFrom, decision } = event.data;
      return [{ fromAgencyId: agencyId, toAgencyId: successorAgencyId, reason: 'merger', effectiveFrom, decision }];
    }
    case 'AgencyDissolved': {
      const { agencyId, successorAgencyId, effectiveFrom, decision } = event.data;
      return successorAgencyId ? [{ fromAgencyId: agencyId, toAgencyId: successorAgencyId, reason: 'dissolution', effectiveFrom, decision }] : [];
    }
    case 'AgencyFunctionTransferred': {
      const { agencyId, toAgencyId, effectiveFrom, decision } = event.data;
      return transferCarriesOpenWork(event.data.function) ? [{ fromAgencyId: agencyId, toAgencyId, reason: 'function-transfer', effectiveFrom, decision }] : [];
    }
    default:
      return [];
  }
}

/** The agency's open work, as the read models list it when the hand-over is met. */
export interface OpenWork {
  obligationIds: string[];
  taskIds: string[];
}

export function handOverOpenWork(handOver: HandOver, work: OpenWork): ReactionCommand[] {
  const { fromAgencyId, toAgencyId, reason, effectiveFrom, decision } = handOver;
  return [
    ...work.obligationIds.map((obligationId) =>
      toObligation({ type: 'ReassignObligation', obligationId, fromAgencyId, toAgencyId, reason, effectiveFrom, decision }),
    ),
    ...work.taskIds.map((taskId) => toTask({ type: 'ReassignTask', taskId, fromAgencyId, toAgencyId, reason, effectiveFrom, decision })),
  ];
}

/** An obligation just opened for an agency that is gone passes to its successor. */
export function passObligationOn(obligationId: string, assigneeAgencyId: string, former: FormerAgencies): ReactionCommand[] {
  const succession = successionOf(assigneeAgencyId, former);
  if (!succession) return [];
  const { toAgencyId, reason, effectiveFrom, decision } = succession;
  return [toObligation({ type: 'ReassignObligation', obligationId, fromAgencyId: assigneeAgencyId, toAgencyId, reason, effectiveFrom, decision })];
}

/** A task just assigned to an agency that is gone passes to its successor. */
export function passTaskOn(taskId: string, assigneeAgencyId: string, former: FormerAgencies): ReactionCommand[] {
  const succession = successionOf(assigneeAgencyId, former);
  if (!succession) return [];
  const { toAgencyId, reason, effectiveFrom, decision } = succession;
  return [toTask({ type: 'ReassignTask', taskId, fromAgencyId: assigneeAgencyId, toAgencyId, reason, effectiveFrom, decision })];
}
