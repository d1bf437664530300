import { ObligationCommandOf } from './commands';
import { ObligationEvent } from './events';
import { Obligation } from './state';

/** A superseded or revoked source closes what is still open; a report already submitted stays submitted. */
export function closeObligation(command: ObligationCommandOf<'CloseObligation'>, obligation: Obligation): ObligationEvent[] {
  if (obligation.status !== 'open') return [];
  return [
    {
      type: 'ObligationClosed',
      data: { obligationId: obligation.obligationId, outcome: command.outcome, effectiveFrom: command.effectiveFrom, reason: command.reason },
    },
  ];
}
