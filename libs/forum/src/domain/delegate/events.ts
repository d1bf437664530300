import { DomainEvent, SealedValue } from '@cpp/eventsourcing';
import { AgeBand, Sex } from '../vocabulary';

/** A delegate as a pseudonymous record: what makes the delegation representative, and no name. */
export type DelegateSelected = DomainEvent<
  'DelegateSelected',
  {
    delegateId: string;
    /** Random, never a national id or a name: the key to the child's personal fields. */
    subjectId: string;
    /** The forum that chose the delegate, and the next level's forum they go to. */
    forumId: string;
    toForumId: string;
    organiserAgencyId: string;
    ageBand: AgeBand;
    sex: Sex;
    ethnicity: string;
    localityUnitId: string;
    /** Who chose: the forum's children, a school, the youth union. */
    selectingBody: string;
    /** The number of the consent form on paper. */
    consentReference: string;
    selectedOn: string;
  }
>;

export const CONSENT_GIVERS = ['child', 'guardian'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/** The child's own consent (from 7) or the parent's or guardian's, with the form that records it. */
export type DelegateConsentGiven = DomainEvent<
  'DelegateConsentGiven',
  { delegateId: string; subjectId: string; givenBy: ConsentGiver; consentReference: string; givenOn: string }
>;

/** Personal fields, sealed under the delegate's subject key: only ciphertext reaches the log. */
export type DelegatePersonalDetailsRecorded = DomainEvent<
  'DelegatePersonalDetailsRecorded',
  { delegateId: string; subjectId: string; details: Record<string, SealedValue>; recordedOn: string }
>;

/** Consent withdrawn by either: the delegate's personal data is erased with it. */
export type DelegateConsentWithdrawn = DomainEvent<
  'DelegateConsentWithdrawn',
  { delegateId: string; subjectId: string; withdrawnBy: ConsentGiver; withdrawnOn: string }
>;

export type DelegateEvent = DelegateSelected | DelegateConsentGiven | DelegatePersonalDetailsRecorded | DelegateConsentWithdrawn;
