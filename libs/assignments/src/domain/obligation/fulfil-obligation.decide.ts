import { ObligationCommandOf } from './commands';
import { ObligationEvent } from './events';
import { isClosed } from './guards';
import { Obligation } from './state';

/** Done when the task is completed or the recommendation closed; on time against the deadline in force. */
export function fulfilObligation(command: ObligationCommandOf<'FulfilObligation'>, obligation: Obligation): ObligationEvent[] {
  if (obligation.status === 'done' || isClosed(obligation)) return [];
  const { fulfilledOn, basis, note } = command;
  return [
    {
      type: 'ObligationFulfilled',
      data: {
        obligationId: obligation.obligationId,
        fulfilledOn,
        onTime: fulfilledOn <= obligation.dueDate,
        lateAgainstOriginal: fulfilledOn > obligation.originalDueDate,
        basis,
        note,
      },
    },
  ];
}
