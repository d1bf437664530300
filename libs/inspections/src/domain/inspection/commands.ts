import { Requester } from '@cpp/eventsourcing';
import type { AgencyFact } from '@cpp/organizations';
import { UnitFact } from '../facts';
import { Conformity, InspectionKind, InspectionTheme, Severity, TargetKind } from '../vocabulary';
import { DocumentReference, Evidence, SanctionRecorded, TeamMember } from './events';
import { FindingOnRecord } from './recurrence';

/** A target as the planner names it; the decision completes it from the organisation chart. */
export interface TargetRequest {
  kind: TargetKind;
  /** A facility's own id; an agency's or a locality's id is the agency's or unit's. */
  targetId: string | null;
  name: string | null;
  unitId: string | null;
  agencyId: string | null;
}

export interface PlanInspection {
  type: 'PlanInspection';
  inspectionId: string;
  kind: InspectionKind;
  title: string;
  theme: InspectionTheme;
  leadAgencyId: string;
  memberAgencyIds: string[];
  members: TeamMember[];
  targets: TargetRequest[];
  periodFrom: string;
  periodTo: string;
  plan: DocumentReference;
  outline: DocumentReference;
  plannedOn: string;
  /** Every agency the plan names (lead, members, targets), as the handler found it; null = not registered. */
  agencies: Record<string, AgencyFact | null>;
  /** Every unit the plan's targets name. */
  units: Record<string, UnitFact | null>;
}

export interface StartInspection {
  type: 'StartInspection';
  inspectionId: string;
  startedOn: string;
  by: Requester;
}

/** What the inspector states about a criterion; whether it recurs is decided, not stated. */
export interface FindingStatement {
  criterion: string;
  legalBasis: string;
  conformity: Conformity;
  severity: Severity | null;
  description: string;
  evidence: Evidence[];
}

export interface RecordFinding extends FindingStatement {
  type: 'RecordFinding';
  inspectionId: string;
  findingId: string;
  targetId: string;
  criterionCode: string;
  observedOn: string;
  by: Requester;
  /** Findings already recorded on the same target and criterion, in the order recorded. */
  findingsOnRecord: FindingOnRecord[];
}

export interface ReviseFinding extends FindingStatement {
  type: 'ReviseFinding';
  inspectionId: string;
  findingId: string;
  /** The finding's revision the editor read: a stale one means someone else edited it meanwhile. */
  expectedRevision: number;
  by: Requester;
  /** Findings already recorded on the finding's target and criterion, in the order recorded. */
  findingsOnRecord: FindingOnRecord[];
}

export interface IssueRecommendation {
  type: 'IssueRecommendation';
  inspectionId: string;
  recommendationId: string;
  findingIds: string[];
  responsibleAgencyId: string;
  responsibleAgency: AgencyFact | null;
  correctiveAction: string;
  dueDate: string;
  issuedOn: string;
  by: Requester;
}

export interface ReportCorrectiveAction {
  type: 'ReportCorrectiveAction';
  inspectionId: string;
  recommendationId: string;
  action: string;
  reportedOn: string;
  by: Requester;
}

export interface CloseRecommendation {
  type: 'CloseRecommendation';
  inspectionId: string;
  recommendationId: string;
  verification: string;
  closedOn: string;
  by: Requester;
}

export interface ReopenRecommendation {
  type: 'ReopenRecommendation';
  inspectionId: string;
  recommendationId: string;
  reason: string;
  reopenedOn: string;
  newDueDate: string;
  by: Requester;
}

/** A sanction is recorded as decided: the command carries exactly the fact's fields. */
export type RecordSanction = { type: 'RecordSanction'; by: Requester } & SanctionRecorded['data'];

export interface DraftConclusion {
  type: 'DraftConclusion';
  inspectionId: string;
  summary: string;
  draftedOn: string;
  by: Requester;
}

export interface AppraiseConclusion {
  type: 'AppraiseConclusion';
  inspectionId: string;
  opinion: string;
  appraisedOn: string;
  by: Requester;
}

export interface IssueConclusion {
  type: 'IssueConclusion';
  inspectionId: string;
  conclusionNumber: string;
  issuedOn: string;
}

export type InspectionCommand =
  | PlanInspection
  | StartInspection
  | RecordFinding
  | ReviseFinding
  | IssueRecommendation
  | ReportCorrectiveAction
  | CloseRecommendation
  | ReopenRecommendation
  | RecordSanction
  | DraftConclusion
  | AppraiseConclusion
  | IssueConclusion;
