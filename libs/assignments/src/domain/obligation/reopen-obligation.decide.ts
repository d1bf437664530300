import { ObligationCommandOf } from './commands';
import { ObligationEvent } from './events';
import { Obligation } from './state';

/** A reopened recommendation is owed again by a new date. */
export function reopenObligation(command: ObligationCommandOf<'ReopenObligation'>, obligation: Obligation): ObligationEvent[] {
  if (obligation.status !== 'submitted' && obligation.status !== 'done') return [];
  return [
    {
      type: 'ObligationReopened',
      data: { obligationId: obligation.obligationId, reopenedOn: command.reopenedOn, reason: command.reason, newDueDate: command.newDueDate },
    },
  ];
}
