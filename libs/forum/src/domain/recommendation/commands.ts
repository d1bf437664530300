import { Requester } from '@cpp/eventsourcing';
import { AnswerDecision, ForumLevel, ImplementationStatus } from '../vocabulary';

/** What a recommendation's rules need to know of its forum. */
export interface ForumFacts {
  forumId: string;
  level: ForumLevel;
  organiserAgencyId: string;
  responseDays: number;
}

/** The agency a recommendation is forwarded to, as the organisation chart knows it. */
export interface AgencyFacts {
  agencyId: string;
  status: 'active' | 'merged' | 'dissolved' | string;
}

export type RaiseRecommendation = {
  type: 'RaiseRecommendation';
  recommendationId: string;
  forum: ForumFacts;
  raisedBy: string;
  theme: string;
  text: string;
  raisedOn: string;
  requester: Requester;
};
export type ForwardRecommendation = {
  type: 'ForwardRecommendation';
  recommendationId: string;
  forum: ForumFacts;
  responsibleAgency: AgencyFacts | null;
  summary: string | null;
  forwardedOn: string;
  requester: Requester;
};
/** `successorAgencyIds`: the agencies that took over the responsible one (mergers), which answer for it. */
export type AnswerRecommendation = {
  type: 'AnswerRecommendation';
  recommendationId: string;
  successorAgencyIds: string[];
  decision: string;
  answer: string;
  reason: string | null;
  answeredOn: string;
  today: string;
  requester: Requester;
};
export type ReportImplementation = {
  type: 'ReportImplementation';
  recommendationId: string;
  successorAgencyIds: string[];
  status: string;
  note: string;
  reason: string | null;
  reportedOn: string;
  today: string;
  requester: Requester;
};
export type EscalateRecommendation = {
  type: 'EscalateRecommendation';
  recommendationId: string;
  forum: ForumFacts & { parentForumId: string | null };
  toForum: ForumFacts | null;
  escalatedOn: string;
  requester: Requester;
};

export type RecommendationCommand = RaiseRecommendation | ForwardRecommendation | AnswerRecommendation | ReportImplementation | EscalateRecommendation;

export type { AnswerDecision, ImplementationStatus };
