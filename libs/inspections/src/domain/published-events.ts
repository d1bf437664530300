/**
 * The inspections context's contract: the events other contexts and the relay may rely on
 * (assignments turns each recommendation into an obligation of the responsible agency; the
 * relay tells agencies of recommendations and conclusions). The context records more events
 * (./events.ts); a reader of these needs no other to understand them.
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
export type RecommendationClosed = DomainEvent<
  'RecommendationClosed',
  { inspectionId: string; recommendationId: string; closedOn: string; verification: string }
>;

/** The corrective action did not hold: open again, with a new deadline. */
export type RecommendationReopened = DomainEvent<
  'RecommendationReopened',
  { inspectionId: string; recommendationId: string; reopenedOn: string; reason: string; newDueDate: string }
>;

/**
 * Ký ban hành kết luận: the appraised conclusion is issued. It carries what the conclusion
 * stands on as of its issue (the lead agency, the summary of the last draft, the
 * recommendations issued), so that no reader has to fold the inspection's own events.
 */
export type ConclusionIssued = DomainEvent<
  'ConclusionIssued',
  {
    inspectionId: string;
    conclusionNumber: string;
    issuedOn: string;
    /** Lead agency (chủ trì), to whom the conclusion is addressed. */
    leadAgencyId: string;
    summary: string;
    /** In the order they were issued. */
    recommendationIds: string[];
  }
>;

/** A recommendation's life as its responsible agency owes it: what assignments turns into an obligation. */
export type RecommendationFollowUpEvent = RecommendationIssued | CorrectiveActionReported | RecommendationClosed | RecommendationReopened;

export type InspectionsPublishedEvent = RecommendationFollowUpEvent | ConclusionIssued;

export const INSPECTIONS_PUBLISHED_EVENT_TYPES = [
  'RecommendationIssued',
  'CorrectiveActionReported',
  'RecommendationClosed',
  'RecommendationReopened',
  'ConclusionIssued',
] as const satisfies readonly InspectionsPublishedEvent['type'][];
