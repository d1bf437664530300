import { RecommendationView } from './forum.queries';

export interface FollowUp {
  raised: number;
  forwarded: number;
  answered: number;
  accepted: number;
  partlyAccepted: number;
  notAccepted: number;
  implemented: number;
  continuing: number;
  notPossible: number;
  unansweredPastDue: number;
}

/** What became of a forum's recommendations, as the next edition hears it. */
export function followUpOf(recommendations: RecommendationView[], today: string): FollowUp {
  const count = (test: (r: RecommendationView) => boolean) => recommendations.filter(test).length;
  return {
    raised: recommendations.length,
    forwarded: count((r) => r.forwardedOn !== null),
    answered: count((r) => r.answeredOn !== null),
    accepted: count((r) => r.decision === 'accepted'),
    partlyAccepted: count((r) => r.decision === 'partly-accepted'),
    notAccepted: count((r) => r.decision === 'not-accepted'),
    implemented: count((r) => r.implementationStatus === 'implemented'),
    continuing: count((r) => r.implementationStatus === 'continuing'),
    notPossible: count((r) => r.implementationStatus === 'not-possible'),
    unansweredPastDue: count((r) => r.answeredOn === null && r.dueDate !== null && r.dueDate < today),
  };
}
