import { isPastDue } from '../domain/obligation/overdue';
import { ObligationListing } from './obligation-listing';

/** A row's counts before its rates: what the SQL tally (obligations.queries.ts) and `tallyReports` both give. */
export interface ComplianceTally {
  agencyId: string;
  period: string;
  year: number;
  /** Reports submitted by the deadline in force (extensions included). */
  onTime: number;
  /** Reports submitted after the deadline in force. */
  late: number;
  /** Reports not submitted whose deadline in force has passed. */
  missing: number;
  /** Reports not submitted and not yet due. */
  pending: number;
  /** Reports whose deadline was extended. */
  extended: number;
  /** Late against the original deadline: submitted late against it, or not submitted and past it. */
  lateOriginal: number;
  /** Due against the original deadline: submitted, or not submitted and past it. */
  dueOriginal: number;
}

export type ComplianceRow = Omit<ComplianceTally, 'lateOriginal' | 'dueOriginal'> & {
  /** (late + missing) / (onTime + late + missing), against the deadline in force. */
  lateRate: number | null;
  /** The same rate against the original deadlines, as if no extension had been granted. */
  lateRateAgainstOriginal: number | null;
};

/**
 * The compliance table (on-time, late and missing reports per agency and period), judged on
 * `today`. Withdrawn, superseded and cancelled reports are no longer owed and do not count.
 * The obligation counts for the agency that owes it now (a successor after a merger);
 * reports a predecessor submitted stay with the predecessor.
 */
export const complianceTable = (obligations: ObligationListing[], today: string): ComplianceRow[] => complianceRows(tallyReports(obligations, today));

/** The counts of `complianceTable` folded in Node: for the as-of answers, whose versions hold only the state, and as the SQL tally's reference. */
export function tallyReports(obligations: ObligationListing[], today: string): ComplianceTally[] {
  const rows = new Map<string, ComplianceTally>();
  for (const obligation of obligations) {
    if (obligation.kind !== 'periodic-report' && obligation.kind !== 'ad-hoc-report') continue;
    if (obligation.status !== 'open' && obligation.status !== 'submitted') continue;
    const period = obligation.periodLabel ?? obligation.dueDate;
    const key = `${obligation.assigneeAgencyId}\u0000${period}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        agencyId: obligation.assigneeAgencyId,
        period,
        year: obligation.periodYear ?? Number(obligation.dueDate.slice(0, 4)),
        onTime: 0,
        late: 0,
        missing: 0,
        pending: 0,
        extended: 0,
        lateOriginal: 0,
        dueOriginal: 0,
      };
      rows.set(key, row);
    }
    row.year = Math.min(row.year, obligation.periodYear ?? Number(obligation.dueDate.slice(0, 4)));
    if (obligation.extended) row.extended++;
    if (obligation.status === 'submitted') {
      if (obligation.submittedLate) row.late++;
      else row.onTime++;
      row.dueOriginal++;
      if (obligation.lateAgainstOriginal) row.lateOriginal++;
      continue;
    }
    if (isPastDue(obligation.dueDate, today)) row.missing++;
    else row.pending++;
    if (isPastDue(obligation.originalDueDate, today)) {
      row.dueOriginal++;
      row.lateOriginal++;
    }
  }
  return [...rows.values()];
}

/** The rates of each tallied row, in the table's order (agency, then period). */
export function complianceRows(tallies: ComplianceTally[]): ComplianceRow[] {
  return tallies
    .map(({ lateOriginal, dueOriginal, ...row }) => {
      const due = row.onTime + row.late + row.missing;
      return { ...row, lateRate: rate(row.late + row.missing, due), lateRateAgainstOriginal: rate(lateOriginal, dueOriginal) };
    })
    .sort((a, b) => a.agencyId.localeCompare(b.agencyId) || a.period.localeCompare(b.period));
}

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);
