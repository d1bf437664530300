export const forumStream = (forumId: string) => `forum-${forumId}`;
export const forumRecommendationStream = (recommendationId: string) => `forum-recommendation-${recommendationId}`;
export const delegateStream = (delegateId: string) => `forum-delegate-${delegateId}`;
