import type { PersonalDataErased } from '@cpp/eventsourcing';
import { DelegateEvent } from './delegate/events';
import { ForumEvent } from './forum/events';
import { RecommendationEvent } from './recommendation/events';

/** Every event of the forum context, and the kernel's erasure its projections forget by. */
export type ForumContextEvent = ForumEvent | RecommendationEvent | DelegateEvent;
export type ForumProjectedEvent = ForumContextEvent | PersonalDataErased;

export const FORUM_EVENT_TYPES = ['ForumConvened', 'ParticipantsRecorded'] as const satisfies readonly ForumEvent['type'][];
export const RECOMMENDATION_EVENT_TYPES = [
  'RecommendationRaised',
  'RecommendationForwarded',
  'RecommendationAnswered',
  'ImplementationReported',
  'RecommendationEscalated',
] as const satisfies readonly RecommendationEvent['type'][];
export const DELEGATE_EVENT_TYPES = [
  'DelegateSelected',
  'DelegateConsentGiven',
  'DelegatePersonalDetailsRecorded',
  'DelegateConsentWithdrawn',
] as const satisfies readonly DelegateEvent['type'][];
export const FORUM_CONTEXT_EVENT_TYPES = [...FORUM_EVENT_TYPES, ...RECOMMENDATION_EVENT_TYPES, ...DELEGATE_EVENT_TYPES] as const;
