/**
 * What an agency owes (an obligation) and what happened to it. Dates are local dates in
 * Vietnam, YYYY-MM-DD. Published: other contexts and the relay rely on these events.
 */
import { DomainEvent } from '@cpp/eventsourcing';
import { ClosingOutcome, HandOverReason } from '../outcomes';

export const OBLIGATION_KINDS = [
  'periodic-report', // báo cáo định kỳ: one per period of a reporting regime
  'ad-hoc-report', // báo cáo đột xuất
  'task', // a task (or delegated task) with its own due date
  'recommendation', // kiến nghị of an inspection, with a deadline
  'forum-recommendation', // kiến nghị of a children's forum: the agency's answer is owed
] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

/** Where an obligation comes from: the document and its sections, the inspection, or the forum. */
export interface ObligationSource {
  type: 'directive' | 'inspection' | 'forum';
  directiveId: string | null;
  /** As printed, e.g. `923/QĐ-LĐTBXH`. */
  documentNumber: string | null;
  documentSubject: string | null;
  /** Sections of the document's outline that give rise to it, e.g. ['1.đ', '4.đ']. */
  sections: string[];
  regimeId: string | null;
  taskId: string | null;
  inspectionId: string | null;
  recommendationId: string | null;
}

/** The period a report covers: `2021-H1` (six-monthly), `2021` (annual), `2021-03` (monthly), or the ad-hoc request id. */
export interface ReportingPeriod {
  label: string;
  year: number;
}

/** One indicator of a report, e.g. a Circular 13/2021/TT-BLĐTBXH statistic. */
export interface Figure {
  code: string;
  value: number;
  unit: string;
}

export type SubmissionTimeliness = 'on-time' | 'late' | 'resubmission';

export type ObligationOpened = DomainEvent<
  'ObligationOpened',
  {
    obligationId: string;
    kind: ObligationKind;
    title: string;
    source: ObligationSource;
    period: ReportingPeriod | null;
    assigneeAgencyId: string;
    /** Who receives the report (or to whom the task is answered). */
    recipientAgencyId: string | null;
    dueDate: string;
    openedOn: string;
  }
>;
/** A report (or a corrective action) handed in; the first one decides whether it was on time. */
export type ReportSubmitted = DomainEvent<
  'ReportSubmitted',
  {
    obligationId: string;
    submissionNumber: number;
    agencyId: string;
    timeliness: SubmissionTimeliness;
    submittedOn: string;
    dueDate: string;
    originalDueDate: string;
    lateAgainstOriginal: boolean;
    figures: Figure[];
    note: string | null;
    /** For a corrective action: the inspections event it records (a redelivery records nothing). */
    sourceEventId: string | null;
  }
>;
/** Corrections are kept beside the figures as submitted, never over them. */
export type FiguresCorrected = DomainEvent<
  'FiguresCorrected',
  { obligationId: string; submissionNumber: number; agencyId: string | null; corrections: Figure[]; reason: string; correctedOn: string }
>;
export type DeadlineExtended = DomainEvent<
  'DeadlineExtended',
  { obligationId: string; previousDueDate: string; newDueDate: string; reason: string; authorisingDocument: string; extendedOn: string }
>;
/** The source document itself moved the deadline (an amendment), rather than an extension granted. */
export type DeadlineAmended = DomainEvent<
  'DeadlineAmended',
  { obligationId: string; previousDueDate: string; newDueDate: string; amendingDocument: string | null; amendedOn: string }
>;
export type DeadlineApproaching = DomainEvent<
  'DeadlineApproaching',
  { obligationId: string; assigneeAgencyId: string; dueDate: string; daysLeft: number; noticedOn: string }
>;
/** Recorded once per missed deadline by the deadline monitor. */
export type ObligationOverdue = DomainEvent<
  'ObligationOverdue',
  { obligationId: string; assigneeAgencyId: string; dueDate: string; originalDueDate: string; detectedOn: string }
>;
export type ObligationReassigned = DomainEvent<
  'ObligationReassigned',
  { obligationId: string; fromAgencyId: string; toAgencyId: string; reason: HandOverReason; effectiveFrom: string; decision: string | null }
>;
export type ObligationClosed = DomainEvent<'ObligationClosed', { obligationId: string; outcome: ClosingOutcome; effectiveFrom: string; reason: string }>;
/** Done: the task was completed, or the recommendation verified and closed. */
export type ObligationFulfilled = DomainEvent<
  'ObligationFulfilled',
  {
    obligationId: string;
    fulfilledOn: string;
    onTime: boolean;
    lateAgainstOriginal: boolean;
    basis: 'task-completed' | 'recommendation-closed';
    note: string | null;
  }
>;
export type ObligationReopened = DomainEvent<'ObligationReopened', { obligationId: string; reopenedOn: string; reason: string; newDueDate: string }>;

export type ObligationEvent =
  | ObligationOpened
  | ReportSubmitted
  | FiguresCorrected
  | DeadlineExtended
  | DeadlineAmended
  | DeadlineApproaching
  | ObligationOverdue
  | ObligationReassigned
  | ObligationClosed
  | ObligationFulfilled
  | ObligationReopened;

export const OBLIGATION_EVENT_TYPES = [
  'ObligationOpened',
  'ReportSubmitted',
  'FiguresCorrected',
  'DeadlineExtended',
  'DeadlineAmended',
  'DeadlineApproaching',
  'ObligationOverdue',
  'ObligationReassigned',
  'ObligationClosed',
  'ObligationFulfilled',
  'ObligationReopened',
] as const satisfies readonly ObligationEvent['type'][];
