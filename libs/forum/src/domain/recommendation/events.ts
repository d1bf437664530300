import { DomainEvent } from '@cpp/eventsourcing';
import { AnswerDecision, ForumLevel, ImplementationStatus } from '../vocabulary';

/** A recommendation (kiến nghị) of children, raised by a group at a forum; never attributed to a child. */
export type RecommendationRaised = DomainEvent<
  'RecommendationRaised',
  {
    recommendationId: string;
    forumId: string;
    forumLevel: ForumLevel;
    organiserAgencyId: string;
    /** The group that raised it, e.g. "nhóm trẻ em huyện Chi Lăng". */
    raisedBy: string;
    theme: string;
    text: string;
    raisedOn: string;
  }
>;

/** Forwarded to the agency that must answer it: the response obligation starts here. */
export type RecommendationForwarded = DomainEvent<
  'RecommendationForwarded',
  { recommendationId: string; forumId: string; organiserAgencyId: string; responsibleAgencyId: string; summary: string; forwardedOn: string; dueDate: string }
>;

/** The agency's answer, in words a child can read. */
export type RecommendationAnswered = DomainEvent<
  'RecommendationAnswered',
  {
    recommendationId: string;
    forumId: string;
    responsibleAgencyId: string;
    decision: AnswerDecision;
    answer: string;
    reason: string | null;
    answeredOn: string;
    answeredBy: string | null;
    answeringAgencyId: string;
  }
>;

export type ImplementationReported = DomainEvent<
  'ImplementationReported',
  {
    recommendationId: string;
    forumId: string;
    responsibleAgencyId: string;
    status: ImplementationStatus;
    note: string;
    reason: string | null;
    reportedOn: string;
    reportingAgencyId: string;
  }
>;

/** Carried up to the next level's forum, which may forward it to a higher agency. */
export type RecommendationEscalated = DomainEvent<
  'RecommendationEscalated',
  { recommendationId: string; forumId: string; toForumId: string; escalatedOn: string }
>;

export type RecommendationEvent = RecommendationRaised | RecommendationForwarded | RecommendationAnswered | ImplementationReported | RecommendationEscalated;
