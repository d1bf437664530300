import { conflict, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { requireOneOf } from '../vocabulary';
import { WithdrawDelegateConsent } from './commands';
import { CONSENT_GIVERS, DelegateEvent } from './events';
import { DelegateState } from './state';

/**
 * Either the child or the guardian may withdraw, whoever records it: a withdrawal is never
 * refused for want of authority over the organiser. The application erases the subject's
 * keys with it.
 */
export function decideWithdrawDelegateConsent(command: WithdrawDelegateConsent, state: DelegateState): DelegateEvent[] {
  if (state.status === 'none') throw notFound(`No delegate ${command.delegateId}`);
  if (state.status === 'withdrawn') throw conflict(`Consent for delegate ${state.delegateId} was already withdrawn`);
  const withdrawnBy = requireOneOf(command.withdrawnBy, CONSENT_GIVERS, 'withdrawnBy');
  requireLocalDate(command.withdrawnOn, 'withdrawnOn');
  return [
    { type: 'DelegateConsentWithdrawn', data: { delegateId: state.delegateId, subjectId: state.subjectId, withdrawnBy, withdrawnOn: command.withdrawnOn } },
  ];
}
