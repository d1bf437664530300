import { actsFor, conflict, forbidden, invalid, isSealedValue, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { RecordDelegatePersonalDetails } from './commands';
import { DelegateEvent } from './events';
import { DELEGATE_FIELD_NAMES } from './personal-fields';
import { DelegateState, hasConsentToHoldPersonalData } from './state';

/** Only with both consents, only the declared fields, and only sealed under this delegate's own key. */
export function decideRecordDelegatePersonalDetails(command: RecordDelegatePersonalDetails, state: DelegateState): DelegateEvent[] {
  if (state.status === 'none') throw notFound(`No delegate ${command.delegateId}`);
  if (!actsFor(command.requester, state.organiserAgencyId)) throw forbidden(`Only the organiser ${state.organiserAgencyId} records its delegates’ details`);
  if (state.status === 'withdrawn') throw conflict(`Consent for delegate ${state.delegateId} was withdrawn; no personal data may be recorded`);
  if (!hasConsentToHoldPersonalData(state)) {
    const missing = [!state.guardianConsent && 'the parent’s or guardian’s', !state.childConsent && state.ageBand !== 'under-7' && 'the child’s']
      .filter(Boolean)
      .join(' and ');
    throw forbidden(`Delegate ${state.delegateId}'s personal data needs ${missing} consent first`);
  }
  const fields = Object.keys(command.details);
  if (fields.length === 0) throw invalid('No personal details given');
  for (const field of fields) {
    if (!DELEGATE_FIELD_NAMES.includes(field)) throw invalid(`A delegate has no personal field ${field}`);
    const sealed = command.details[field];
    if (!isSealedValue(sealed) || sealed.subject !== state.subjectId || sealed.field !== field)
      throw invalid(`The ${field} must be sealed under delegate ${state.delegateId}'s own key`);
  }
  requireLocalDate(command.recordedOn, 'recordedOn');
  return [
    {
      type: 'DelegatePersonalDetailsRecorded',
      data: { delegateId: state.delegateId, subjectId: state.subjectId, details: command.details, recordedOn: command.recordedOn },
    },
  ];
}
