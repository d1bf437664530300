/**
 * What other contexts and the relay may rely on: the recommendation's way to an agency and
 * back. Assignments turns a forwarded recommendation into the agency's response obligation.
 * No delegate event is published: they concern children, and only pseudonymous ids would
 * travel anyway.
 */
import { ImplementationReported, RecommendationAnswered, RecommendationForwarded } from './recommendation/events';

export type { ForumConvened } from './forum/events';
export type { ImplementationReported, RecommendationAnswered, RecommendationForwarded } from './recommendation/events';
export type ForumPublishedEvent = RecommendationForwarded | RecommendationAnswered | ImplementationReported;
export const FORUM_PUBLISHED_EVENT_TYPES = [
  'RecommendationForwarded',
  'RecommendationAnswered',
  'ImplementationReported',
] as const satisfies readonly ForumPublishedEvent['type'][];

/** The response obligation's id on the obligations read model, derived from the recommendation. */
export const forumResponseObligationId = (recommendationId: string) => `forum-recommendation:${recommendationId}`;
