import { create } from '@bufbuild/protobuf';
import { InspectionEvent } from '@cpp/inspections';
import { asDomainEvent } from '@cpp/eventsourcing';
import { InspectionConcludedSchema, OutboundMapper } from '@cpp/messaging';
import { FactsLookup, WithFacts } from './public-facts';

type ConclusionIssued = Extract<InspectionEvent, { type: 'ConclusionIssued' }>;

/** What the conclusion's own event does not say: the lead agency, the summary, the recommendations. */
export interface ConclusionFacts {
  leadAgencyId: string;
  summary: string;
  recommendationIds: string[];
}

/** The inspection's stream up to its conclusion: later follow-up does not change what was concluded. */
export const conclusionFacts: FactsLookup<ConclusionFacts> = async (store, event) => {
  const before = (await store.readStream(event.streamId, { maxCount: event.revision })).map(asDomainEvent<InspectionEvent>);
  const planned = before.find((e) => e.type === 'InspectionPlanned');
  if (!planned) return null;
  const drafts = before.flatMap((e) => (e.type === 'ConclusionDrafted' ? [e.data.summary] : []));
  const recommendationIds = before.flatMap((e) => (e.type === 'RecommendationIssued' ? [e.data.recommendationId] : []));
  return { leadAgencyId: planned.data.leadAgencyId, summary: drafts[drafts.length - 1] ?? '', recommendationIds };
};

/** Addressed to the inspection's lead agency (chủ trì); each recommendation also went out on its own. */
export const inspectionConcludedMapper: OutboundMapper<WithFacts<ConclusionIssued['data'], ConclusionFacts>> = ({ data }) => {
  if (!data.facts) throw new Error(`Inspection ${data.inspectionId} was concluded without being planned`);
  return {
    agencyId: data.facts.leadAgencyId,
    payload: {
      case: 'inspectionConcluded',
      value: create(InspectionConcludedSchema, {
        inspectionId: data.inspectionId,
        concludedOn: data.issuedOn,
        leadAgencyId: data.facts.leadAgencyId,
        summary: data.facts.summary,
        recommendationIds: data.facts.recommendationIds,
      }),
    },
  };
};
