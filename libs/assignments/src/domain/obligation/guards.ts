import { conflict } from '@cpp/eventsourcing';
import { Obligation } from './state';

export const isClosed = (obligation: Obligation) => obligation.closure !== null;

export function requireStillOwed(obligation: Obligation): void {
  if (obligation.status === 'done') throw conflict(`Obligation ${obligation.obligationId} is already done`);
  if (isClosed(obligation))
    throw conflict(`Obligation ${obligation.obligationId} was ${obligation.status} on ${obligation.closure!.effectiveFrom}; nothing more is owed`);
}
