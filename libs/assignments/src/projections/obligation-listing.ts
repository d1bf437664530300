import { ObligationKind } from '../domain/events';
import { Obligation, ObligationStatus } from '../domain/obligation/state';
import { standingSubmission } from '../domain/obligation/obligation-status';

/**
 * An obligation as a list shows it: its scalar facts, stored as columns of the obligations
 * read model so that a list reads them without parsing each row's whole state. The nested
 * history (source, submissions, deadline changes, reassignments) stays in `state`, read only
 * when a query asks for it. `listingOf` is the one place these columns are derived.
 */
export interface ObligationListing {
  obligationId: string;
  kind: ObligationKind;
  title: string;
  assigneeAgencyId: string;
  originalAssigneeAgencyId: string;
  recipientAgencyId: string | null;
  periodLabel: string | null;
  periodYear: number | null;
  dueDate: string;
  originalDueDate: string;
  status: ObligationStatus;
  /** The standing submission was late against the deadline in force (null while none stands). */
  submittedLate: boolean | null;
  /** The standing submission was late against the original deadline (null while none stands). */
  lateAgainstOriginal: boolean | null;
  /** Its deadline was extended at least once. */
  extended: boolean;
  /** Met by the deadline in force (null while nothing was submitted or done). */
  onTime: boolean | null;
  openedOn: string;
  fulfilledOn: string | null;
  closedOn: string | null;
}

export function listingOf(obligation: Obligation): ObligationListing {
  const standing = standingSubmission(obligation);
  const submittedLate = standing ? standing.timeliness === 'late' : null;
  return {
    obligationId: obligation.obligationId,
    kind: obligation.kind,
    title: obligation.title,
    assigneeAgencyId: obligation.assigneeAgencyId,
    originalAssigneeAgencyId: obligation.originalAssigneeAgencyId,
    recipientAgencyId: obligation.recipientAgencyId,
    periodLabel: obligation.period?.label ?? null,
    periodYear: obligation.period?.year ?? null,
    dueDate: obligation.dueDate,
    originalDueDate: obligation.originalDueDate,
    status: obligation.status,
    submittedLate,
    lateAgainstOriginal: standing ? standing.lateAgainstOriginal : null,
    extended: obligation.deadlineChanges.some((change) => change.kind === 'extension'),
    onTime: obligation.status === 'done' ? (obligation.fulfilment?.onTime ?? null) : obligation.status === 'submitted' ? submittedLate === false : null,
    openedOn: obligation.openedOn,
    fulfilledOn: obligation.fulfilment?.fulfilledOn ?? null,
    closedOn: obligation.closure?.effectiveFrom ?? null,
  };
}

/** The listing's columns in the obligations read model, in the order `listingValues` gives them. */
export const LISTING_COLUMNS = [
  'title',
  'original_assignee_agency_id',
  'late_against_original',
  'extended',
  'on_time',
  'opened_on',
  'fulfilled_on',
  'closed_on',
] as const;

export const listingValues = (listing: ObligationListing): unknown[] => [
  listing.title,
  listing.originalAssigneeAgencyId,
  listing.lateAgainstOriginal,
  listing.extended,
  listing.onTime,
  listing.openedOn,
  listing.fulfilledOn,
  listing.closedOn,
];

/** The SELECT list a listing is read from (dates as text, as the domain holds them). */
export const LISTING_SELECT = `obligation_id, kind, title, assignee_agency_id, original_assignee_agency_id, recipient_agency_id, period_label, period_year,
  due_date::text AS due_date, original_due_date::text AS original_due_date, status, submitted_late, late_against_original, extended, on_time,
  opened_on::text AS opened_on, fulfilled_on::text AS fulfilled_on, closed_on::text AS closed_on`;

export interface ListingRow {
  obligation_id: string;
  kind: ObligationKind;
  title: string;
  assignee_agency_id: string;
  original_assignee_agency_id: string;
  recipient_agency_id: string | null;
  period_label: string | null;
  period_year: number | null;
  due_date: string;
  original_due_date: string;
  status: ObligationStatus;
  submitted_late: boolean | null;
  late_against_original: boolean | null;
  extended: boolean;
  on_time: boolean | null;
  opened_on: string;
  fulfilled_on: string | null;
  closed_on: string | null;
}

export const listingFromRow = (row: ListingRow): ObligationListing => ({
  obligationId: row.obligation_id,
  kind: row.kind,
  title: row.title,
  assigneeAgencyId: row.assignee_agency_id,
  originalAssigneeAgencyId: row.original_assignee_agency_id,
  recipientAgencyId: row.recipient_agency_id,
  periodLabel: row.period_label,
  periodYear: row.period_year,
  dueDate: row.due_date,
  originalDueDate: row.original_due_date,
  status: row.status,
  submittedLate: row.submitted_late,
  lateAgainstOriginal: row.late_against_original,
  extended: row.extended,
  onTime: row.on_time,
  openedOn: row.opened_on,
  fulfilledOn: row.fulfilled_on,
  closedOn: row.closed_on,
});

/** A listing, with the whole obligation when the question asked for its history. */
export interface ListedObligation {
  listing: ObligationListing;
  obligation: Obligation | null;
}
