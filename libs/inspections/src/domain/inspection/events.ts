/**
 * The inspection's own facts: planned, visited, its findings, sanctions and the conclusion's
 * draft and appraisal. What other contexts may rely on (recommendations, their follow-up and
 * the issued conclusion) is in ../published-events.ts. Dates are local dates in Vietnam,
 * YYYY-MM-DD. Evidence is referred to by content hash and title; the files themselves never
 * enter an event.
 */
import { DomainEvent } from '@cpp/eventsourcing';
import { AccountableRole, Conformity, InspectionKind, InspectionTheme, SanctionMeasure, Severity, TargetKind, TeamRole } from '../vocabulary';

/** A document of the inspection (plan, outline, conclusion): its number may be left blank in drafts. */
export interface DocumentReference {
  number: string | null;
  title: string;
  /** SHA-256 of the file, hex; null when only the paper exists. */
  contentHash: string | null;
}

export interface TeamMember {
  /** The member's token subject: what proves, on each request, that they are on the team. */
  subject: string;
  name: string;
  agencyId: string;
  role: TeamRole;
}

export interface InspectionTarget {
  /** Stable across inspections, so that a finding on the same target can be recognised as recurring. */
  targetId: string;
  kind: TargetKind;
  name: string;
  /** The locality it lies in (for an agency, the unit it serves). */
  unitId: string;
  /** The agency inspected, or the agency that runs the facility; null for a locality. */
  agencyId: string | null;
}

export interface Evidence {
  title: string;
  contentHash: string;
}

/** The earlier nonconformity on the same target and criterion that a finding repeats. */
export interface EarlierNonconformity {
  inspectionId: string;
  findingId: string;
  observedOn: string;
}

export type InspectionPlanned = DomainEvent<
  'InspectionPlanned',
  {
    inspectionId: string;
    kind: InspectionKind;
    title: string;
    theme: InspectionTheme;
    /** Lead agency (chủ trì). */
    leadAgencyId: string;
    /** Coordinating agencies (phối hợp) that send members. */
    memberAgencyIds: string[];
    members: TeamMember[];
    targets: InspectionTarget[];
    periodFrom: string;
    periodTo: string;
    plan: DocumentReference;
    /** Đề cương: what the team checks, criterion by criterion. */
    outline: DocumentReference;
    plannedOn: string;
  }
>;

export type InspectionStarted = DomainEvent<'InspectionStarted', { inspectionId: string; startedOn: string }>;

export interface FindingContent {
  criterion: string;
  legalBasis: string;
  conformity: Conformity;
  /** Null for a conformity. */
  severity: Severity | null;
  description: string;
  evidence: Evidence[];
  /** Set when a nonconformity repeats an earlier inspection's nonconformity on the same target and criterion. */
  recurrenceOf: EarlierNonconformity | null;
}

export type FindingRecorded = DomainEvent<
  'FindingRecorded',
  FindingContent & {
    inspectionId: string;
    findingId: string;
    targetId: string;
    /** The outline's criterion code: with the target, what makes two findings "the same". */
    criterionCode: string;
    observedOn: string;
    recordedBy: string;
  }
>;

/** The finding's content after an edit; `revision` counts its edits, for optimistic concurrency. */
export type FindingRevised = DomainEvent<'FindingRevised', FindingContent & { inspectionId: string; findingId: string; revision: number; revisedBy: string }>;

export type SanctionRecorded = DomainEvent<
  'SanctionRecorded',
  {
    inspectionId: string;
    sanctionId: string;
    targetId: string;
    findingIds: string[];
    /** Only the role and name of the person held accountable: as little personal data as the record needs. */
    personRole: AccountableRole;
    personName: string;
    measure: SanctionMeasure;
    legalBasis: string;
    decisionNumber: string;
    decidedOn: string;
  }
>;

export type ConclusionDrafted = DomainEvent<'ConclusionDrafted', { inspectionId: string; summary: string; draftedOn: string }>;
/** Thẩm định: the draft was appraised, by someone outside the team, before it may be issued. */
export type ConclusionAppraised = DomainEvent<'ConclusionAppraised', { inspectionId: string; opinion: string; appraisedOn: string; appraisedBy: string }>;
