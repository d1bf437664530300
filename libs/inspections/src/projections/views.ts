import { DocumentReference, EarlierNonconformity, Evidence, InspectionTarget, TeamMember } from '../domain/inspection/events';

/** What the read models answer; the GraphQL types mirror these. */
export interface ConclusionView {
  status: 'none' | 'draft' | 'appraised' | 'issued';
  summary: string | null;
  draftedOn: string | null;
  appraisalOpinion: string | null;
  appraisedOn: string | null;
  appraisedBy: string | null;
  number: string | null;
  issuedOn: string | null;
}

export interface InspectionView {
  inspectionId: string;
  kind: string;
  title: string;
  theme: string;
  leadAgencyId: string;
  leadAgencyName: string | null;
  memberAgencyIds: string[];
  members: TeamMember[];
  targets: InspectionTarget[];
  periodFrom: string;
  periodTo: string;
  plan: DocumentReference;
  outline: DocumentReference;
  plannedOn: string;
  status: 'planned' | 'in-progress' | 'concluded';
  startedOn: string | null;
  conclusion: ConclusionView;
}

/** Follow-up as the committee reads it: `overdue` is an open or reopened recommendation past its deadline today. */
export type FollowUpStatus = 'open' | 'overdue' | 'reported' | 'closed' | 'reopened';

export interface RecommendationView {
  inspectionId: string;
  recommendationId: string;
  findingIds: string[];
  responsibleAgencyId: string;
  responsibleAgencyName: string | null;
  issuingAgencyId: string;
  correctiveAction: string;
  dueDate: string;
  issuedOn: string;
  status: FollowUpStatus;
  reportedAction: string | null;
  reportedOn: string | null;
  verification: string | null;
  closedOn: string | null;
  reopenReason: string | null;
  reopenedOn: string | null;
  timesReopened: number;
}

export interface FindingView {
  inspectionId: string;
  inspectionTitle: string;
  theme: string;
  findingId: string;
  target: InspectionTarget;
  criterionCode: string;
  criterion: string;
  legalBasis: string;
  conformity: string;
  severity: string | null;
  description: string;
  evidence: Evidence[];
  observedOn: string;
  revision: number;
  recordedBy: string;
  revisedBy: string | null;
  recurrenceOf: EarlierNonconformity | null;
  recommendations: RecommendationView[];
  /** The state of the recommendations that answer it: none, or the most pressing of theirs. */
  followUp: 'none' | FollowUpStatus;
}

export interface FindingsPage {
  items: FindingView[];
  totalCount: number;
  /** Pass as `after` for the next page. */
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface SanctionView {
  inspectionId: string;
  sanctionId: string;
  targetId: string;
  findingIds: string[];
  personRole: string;
  personName: string;
  measure: string;
  legalBasis: string;
  decisionNumber: string;
  decidedOn: string;
}

export interface InspectionCountView {
  agencyId: string;
  agencyName: string | null;
  year: number;
  /** Every inspection the agency led or joined whose period starts in the year. */
  planned: number;
  inProgress: number;
  concluded: number;
}

export interface FollowUpCountView {
  responsibleAgencyId: string;
  responsibleAgencyName: string | null;
  open: number;
  overdue: number;
  reported: number;
  closed: number;
  reopened: number;
}

export function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
