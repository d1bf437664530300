import { DomainEvent } from '../events/new-event';

/** Why a subject's data was erased. */
export const ERASURE_GROUNDS = ['consent-withdrawn', 'retention-expired', 'subject-request'] as const;
export type ErasureGround = (typeof ERASURE_GROUNDS)[number];

/**
 * The log's record that a subject's keys were destroyed: holds no personal data, only the
 * random subject id, the fields, the ground and who asked. Projections react to it by
 * dropping whatever they held of the subject.
 */
export type PersonalDataErased = DomainEvent<
  'PersonalDataErased',
  {
    subjectId: string;
    /** The fields erased; every field of the subject when the whole subject was erased. */
    fields: string[];
    ground: ErasureGround;
    /** The actor who asked (a user's subject, or `system:personal-data-retention`). */
    requestedBy: string;
    erasedOn: string;
  }
>;

export const PERSONAL_DATA_ERASED = 'PersonalDataErased';

/** One stream per data subject, for its erasures. */
export const dataSubjectStream = (subjectId: string) => `data-subject-${subjectId}`;
