/**
 * The inspections context's events other contexts rely on (assignments turns each
 * recommendation into an obligation of the responsible agency). The inspections context
 * may record more events; these shapes are the published contract.
 */
import { DomainEvent } from '@cpp/eventsourcing';

/** A recommendation (kiến nghị) with a deadline, addressed to a responsible agency. */
export type RecommendationIssued = DomainEvent<
  'RecommendationIssued',
  {
    inspectionId: string;
    recommendationId: string;
    findingIds: string[];
    /** The agency that must carry it out. */
    responsibleAgencyId: string;
    correctiveAction: string;
    dueDate: string;
    issuedOn: string;
    /** The inspection's lead agency, to whom the corrective action is reported. */
    issuingAgencyId: string;
  }
>;

/** The responsible agency reported what it did (not yet verified). */
export type CorrectiveActionReported = DomainEvent<
  'CorrectiveActionReported',
  { inspectionId: string; recommendationId: string; responsibleAgencyId: string; action: string; reportedOn: string }
>;

/** Verified effective by the inspection team: the recommendation is closed. */
export type RecommendationClosed = DomainEvent<'RecommendationClosed', { inspectionId: string; recommendationId: string; closedOn: string; verification: string }>;

/** The corrective action did not hold: open again, with a new deadline. */
export type RecommendationReopened = DomainEvent<
  'RecommendationReopened',
  { inspectionId: string; recommendationId: string; reopenedOn: string; reason: string; newDueDate: string }
>;

export type InspectionsPublishedEvent = RecommendationIssued | CorrectiveActionReported | RecommendationClosed | RecommendationReopened;

export const INSPECTIONS_PUBLISHED_EVENT_TYPES = ['RecommendationIssued', 'CorrectiveActionReported', 'RecommendationClosed', 'RecommendationReopened'] as const satisfies readonly InspectionsPublishedEvent['type'][];
