import { ObligationCommandOf } from './commands';
import { ObligationEvent } from './events';
import { Obligation } from './state';

/** Open work passes on; what was submitted stays where it was answered. */
export function reassignObligation(command: ObligationCommandOf<'ReassignObligation'>, obligation: Obligation): ObligationEvent[] {
  const { fromAgencyId, toAgencyId, reason, effectiveFrom, decision } = command;
  if (obligation.status !== 'open' || obligation.assigneeAgencyId !== fromAgencyId || fromAgencyId === toAgencyId) return [];
  return [{ type: 'ObligationReassigned', data: { obligationId: obligation.obligationId, fromAgencyId, toAgencyId, reason, effectiveFrom, decision } }];
}
