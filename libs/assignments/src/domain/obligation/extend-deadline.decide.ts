import { conflict, forbidden, hasRole, invalid, requireLocalDate } from '@cpp/eventsourcing';
import { ObligationCommandOf } from './commands';
import { ObligationEvent } from './events';
import { Obligation } from './state';

/** Gia hạn: granted by the steering committee or the recipient, never by the obligated agency itself. */
export function extendDeadline(command: ObligationCommandOf<'ExtendDeadline'>, obligation: Obligation): ObligationEvent[] {
  const { requester } = command;
  const { obligationId } = obligation;
  if (!hasRole(requester, 'steering-committee') && requester.agencyId !== obligation.recipientAgencyId) {
    throw forbidden(`Only the steering committee or the recipient (${obligation.recipientAgencyId ?? 'none'}) may extend the deadline of ${obligationId}`);
  }
  if (obligation.status !== 'open') throw conflict(`Obligation ${obligationId} is ${obligation.status}; only an open obligation's deadline can be extended`);
  requireLocalDate(command.newDueDate, 'newDueDate');
  if (command.newDueDate <= obligation.dueDate) throw invalid(`An extension must move the deadline later than ${obligation.dueDate}`);
  const reason = command.reason.trim();
  const authorisingDocument = command.authorisingDocument.trim();
  if (!reason) throw invalid('An extension needs a reason');
  if (!authorisingDocument) throw invalid('An extension needs the document that authorises it');
  return [
    {
      type: 'DeadlineExtended',
      data: { obligationId, previousDueDate: obligation.dueDate, newDueDate: command.newDueDate, reason, authorisingDocument, extendedOn: command.extendedOn },
    },
  ];
}
