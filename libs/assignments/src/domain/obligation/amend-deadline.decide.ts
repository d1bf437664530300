import { ObligationCommandOf } from './commands';
import { ObligationEvent } from './events';
import { Obligation } from './state';

/** The source document moved the deadline; only an open obligation's deadline still matters. */
export function amendDeadline(command: ObligationCommandOf<'AmendDeadline'>, obligation: Obligation): ObligationEvent[] {
  if (obligation.status !== 'open' || obligation.dueDate === command.newDueDate) return [];
  const { obligationId, dueDate: previousDueDate } = obligation;
  return [
    {
      type: 'DeadlineAmended',
      data: { obligationId, previousDueDate, newDueDate: command.newDueDate, amendingDocument: command.amendingDocument, amendedOn: command.amendedOn },
    },
  ];
}
