import { EventStore, loadState } from '@cpp/eventsourcing';
import { findAgencyFact } from '@cpp/organizations';
import { recommendationDecider } from '../domain/recommendation/recommendation.decider';
import { forumRecommendationStream } from '../domain/streams';

/** The agencies that took over the recommendation's responsible agency, merger after merger, nearest first. */
export async function successorsOfResponsibleAgency(store: EventStore, recommendationId: string): Promise<string[]> {
  const { state } = await loadState(store, recommendationDecider, forumRecommendationStream(recommendationId));
  if (state.status === 'none' || !state.responsibleAgencyId) return [];
  const successors: string[] = [];
  let agency = await findAgencyFact(store, state.responsibleAgencyId);
  while (agency?.successorAgencyId && !successors.includes(agency.successorAgencyId) && successors.length < 20) {
    successors.push(agency.successorAgencyId);
    agency = await findAgencyFact(store, agency.successorAgencyId);
  }
  return successors;
}
