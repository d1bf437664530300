import { actsFor, conflict, forbidden, invalid, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { requireOneOf, requireText } from '../vocabulary';
import { GiveDelegateConsent } from './commands';
import { CONSENT_GIVERS, DelegateEvent } from './events';
import { DelegateState } from './state';

export function decideGiveDelegateConsent(command: GiveDelegateConsent, state: DelegateState): DelegateEvent[] {
  if (state.status === 'none') throw notFound(`No delegate ${command.delegateId}`);
  if (!actsFor(command.requester, state.organiserAgencyId)) throw forbidden(`Only the organiser ${state.organiserAgencyId} records consent for its delegates`);
  if (state.status === 'withdrawn') throw conflict(`Consent for delegate ${state.delegateId} was withdrawn; a new selection is a new delegate`);
  const givenBy = requireOneOf(command.givenBy, CONSENT_GIVERS, 'givenBy');
  if (givenBy === 'child' && state.ageBand === 'under-7') throw invalid('A child under 7 does not give consent; the parent or guardian does');
  if ((givenBy === 'child' && state.childConsent) || (givenBy === 'guardian' && state.guardianConsent)) return [];
  requireLocalDate(command.givenOn, 'givenOn');
  return [
    {
      type: 'DelegateConsentGiven',
      data: {
        delegateId: state.delegateId,
        subjectId: state.subjectId,
        givenBy,
        consentReference: requireText(command.consentReference, 'consentReference'),
        givenOn: command.givenOn,
      },
    },
  ];
}
