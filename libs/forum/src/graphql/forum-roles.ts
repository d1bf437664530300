import { Role } from '@cpp/access';

/** Who records a forum, its recommendations and delegates: the forum organiser for their agency, and the oversight roles. */
export const FORUM_ORGANISERS = ['forum-organiser', 'steering-committee', 'org-admin'] as const satisfies readonly Role[];

/** Who answers a recommendation and reports on it: the agency it is addressed to (its officers and head), or the steering committee. */
export const ANSWERING_AGENCY = ['agency-officer', 'agency-head', 'steering-committee'] as const satisfies readonly Role[];

/** Who reads forums and recommendations: the organisers, the agencies that answer them, and the steering committee. */
export const FORUM_READERS = [...FORUM_ORGANISERS, ...ANSWERING_AGENCY] as const;
