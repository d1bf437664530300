import { Inject, Injectable } from '@nestjs/common';
import { knownAtSql, Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { Obligation } from '../domain/obligation/state';
import { overdueSql, pastDueSql } from '../domain/obligation/overdue';
import { ComplianceTally } from './compliance';
import { OBLIGATION_STATUSES } from '../domain/obligation/obligation-status';
import { dueSoonLimit, ObligationFilter, statusCondition } from './obligation-filter';
import { parse } from './obligations.projection';
import { LISTING_SELECT, ListedObligation, listingFromRow, listingOf, ListingRow, ObligationListing } from './obligation-listing';

/**
 * Reads the obligations read model: one agency's obligations by due date, and the monitor's
 * work lists. With `asOf`, the same questions read the versions known at that instant
 * (assignments_obligation_versions) instead of the current rows.
 *
 * The API's queries are prepared: their text depends only on which filters are given (statuses
 * in one fixed order), never on a value, so each connection parses and plans one of a small
 * fixed set once instead of on every read.
 */
const PREPARED = { prepared: true } as const;

@Injectable()
export class ObligationQueries {
  constructor(@Inject(READ_MODEL_SQL) private readonly sql: Sql) {}

  /**
   * Everything an agency owes, judged on `today`: one index range scan on (assignee, due date).
   * Now, the listing comes from its columns and the state is read only `withHistory`; as of an
   * instant, the versions hold the state alone and the listing is derived from it.
   */
  async forAgency(filter: ObligationFilter, today: string, asOf: Date | null = null, withHistory = false): Promise<ListedObligation[]> {
    const params: unknown[] = [filter.agencyId];
    const where = ['assignee_agency_id = $1'];
    if (asOf) where.push(knownAtSql(`$${params.push(asOf.toISOString())}::timestamptz`));
    if (filter.dueFrom) {
      params.push(filter.dueFrom);
      where.push(`due_date >= $${params.length}::date`);
    }
    if (filter.dueTo) {
      params.push(filter.dueTo);
      where.push(`due_date <= $${params.length}::date`);
    }
    if (filter.statuses?.length) {
      const dates: Record<string, string> = { $today: today, $soon: dueSoonLimit(today) };
      const placeholders = new Map<string, string>();
      const asked = new Set(filter.statuses);
      const conditions = OBLIGATION_STATUSES.filter((status) => asked.has(status)).map((status) =>
        statusCondition(status).replace(/\$today|\$soon/g, (name) => {
          if (!placeholders.has(name)) placeholders.set(name, `$${params.push(dates[name])}::date`);
          return placeholders.get(name)!;
        }),
      );
      where.push(`(${conditions.join(' OR ')})`);
    }
    const order = `WHERE ${where.join(' AND ')} ORDER BY due_date, obligation_id`;
    if (asOf) {
      const versions = await this.sql.query<{ state: Obligation | string }>(`SELECT state FROM ${table(asOf)} ${order}`, params, PREPARED);
      return versions.rows.map((row) => withListing(parse(row.state)));
    }
    const result = await this.sql.query<ListingRow & { state?: Obligation | string }>(
      `SELECT ${LISTING_SELECT}${withHistory ? ', state' : ''} FROM assignments_obligations ${order}`,
      params,
      PREPARED,
    );
    return result.rows.map((row) => ({ listing: listingFromRow(row), obligation: row.state === undefined ? null : parse(row.state) }));
  }

  async byId(obligationId: string, asOf: Date | null = null): Promise<Obligation | null> {
    const result = asOf
      ? await this.sql.query<{ state: Obligation | string }>(`SELECT state FROM ${table(asOf)} WHERE obligation_id = $1 AND ${knownAtSql('$2::timestamptz')}`, [
          obligationId,
          asOf.toISOString(),
        ])
      : await this.sql.query<{ state: Obligation | string }>('SELECT state FROM assignments_obligations WHERE obligation_id = $1', [obligationId]);
    return result.rows.length ? parse(result.rows[0].state) : null;
  }

  /** Open obligations of an agency, for handing over to a successor. */
  async openOf(agencyId: string): Promise<Obligation[]> {
    const result = await this.sql.query<{ state: Obligation | string }>(
      `SELECT state FROM assignments_obligations WHERE assignee_agency_id = $1 AND status = 'open' ORDER BY due_date, obligation_id`,
      [agencyId],
    );
    return result.rows.map((row) => parse(row.state));
  }

  /** Open obligations past their deadline whose miss is not recorded yet. */
  async overdueUnrecorded(today: string): Promise<string[]> {
    const result = await this.sql.query<{ obligation_id: string }>(
      `SELECT obligation_id FROM assignments_obligations WHERE ${overdueSql('$1::date')} AND NOT overdue_recorded ORDER BY due_date, obligation_id`,
      [today],
    );
    return result.rows.map((row) => row.obligation_id);
  }

  /** Open obligations inside the due-soon window whose approach is not recorded yet. */
  async approachingUnrecorded(today: string): Promise<string[]> {
    const result = await this.sql.query<{ obligation_id: string }>(
      `SELECT obligation_id FROM assignments_obligations
       WHERE status = 'open' AND due_date >= $1::date AND due_date <= $2::date AND NOT approaching_recorded ORDER BY due_date, obligation_id`,
      [today, dueSoonLimit(today)],
    );
    return result.rows.map((row) => row.obligation_id);
  }

  /** Report obligations known at `asOf`, for the compliance table folded in Node: the versions hold only the state, from which the listing is derived. */
  async reportsAsOf(filter: { agencyIds: string[] | null; directiveId: string | null; year: number | null }, asOf: Date): Promise<ObligationListing[]> {
    const params: unknown[] = [asOf.toISOString()];
    const where = [`kind IN ('periodic-report', 'ad-hoc-report')`, knownAtSql('$1::timestamptz')];
    if (filter.agencyIds) where.push(`assignee_agency_id = ANY($${params.push(filter.agencyIds)}::text[])`);
    if (filter.directiveId) where.push(`directive_id = $${params.push(filter.directiveId)}`);
    if (filter.year !== null) where.push(`period_year = $${params.push(filter.year)}`);
    const versions = await this.sql.query<{ state: Obligation | string }>(
      `SELECT state FROM assignments_obligation_versions WHERE ${where.join(' AND ')}`,
      params,
      PREPARED,
    );
    return versions.rows.map((row) => listingOf(parse(row.state)));
  }

  /**
   * The compliance table's counts now, tallied by PostgreSQL per agency and period (the rules of
   * compliance.ts's `tallyReports`, which the national as-of reference test holds it to), so
   * only the table's rows cross the wire. Within a unit, the unit's subtree and its agencies are
   * gathered in the same statement, and whether the unit exists comes back with the counts: one
   * round trip.
   */
  async complianceTally(filter: ComplianceScope, today: string): Promise<{ unitFound: boolean; tallies: ComplianceTally[] }> {
    const params: unknown[] = [today];
    const where = [`kind IN ('periodic-report', 'ad-hoc-report')`, `status IN ('open', 'submitted')`];
    let scope = 'WITH';
    let unitFound = 'true';
    if (filter.unitId) {
      scope = `WITH RECURSIVE scope(unit_id, depth) AS (
         SELECT unit_id, 0 FROM assignments_known_units WHERE unit_id = $${params.push(filter.unitId)}
         UNION ALL
         SELECT u.unit_id, scope.depth + 1 FROM assignments_known_units u JOIN scope ON u.parent_unit_id = scope.unit_id WHERE scope.depth < 20
       ),`;
      unitFound = 'EXISTS (SELECT 1 FROM scope)';
      where.push(`assignee_agency_id = ANY (ARRAY(SELECT agency_id FROM assignments_known_agencies WHERE unit_id = ANY (ARRAY(SELECT unit_id FROM scope))))`);
    }
    if (filter.agencyId) where.push(`assignee_agency_id = $${params.push(filter.agencyId)}`);
    if (filter.directiveId) where.push(`directive_id = $${params.push(filter.directiveId)}`);
    if (filter.year !== null) where.push(`period_year = $${params.push(filter.year)}`);
    const pastDue = pastDueSql('due_date', '$1::date');
    const pastOriginal = pastDueSql('original_due_date', '$1::date');
    const result = await this.sql.query<TallyRow>(
      `${scope} tally AS (
         SELECT assignee_agency_id AS agency_id, coalesce(period_label, due_date::text) AS period,
           min(coalesce(period_year, extract(year FROM due_date)::int))::int AS year,
           count(*) FILTER (WHERE status = 'submitted' AND submitted_late IS NOT TRUE)::int AS on_time,
           count(*) FILTER (WHERE status = 'submitted' AND submitted_late)::int AS late,
           count(*) FILTER (WHERE status = 'open' AND ${pastDue})::int AS missing,
           count(*) FILTER (WHERE status = 'open' AND NOT ${pastDue})::int AS pending,
           count(*) FILTER (WHERE extended)::int AS extended,
           count(*) FILTER (WHERE (status = 'submitted' AND late_against_original) OR (status = 'open' AND ${pastOriginal}))::int AS late_original,
           count(*) FILTER (WHERE status = 'submitted' OR (status = 'open' AND ${pastOriginal}))::int AS due_original
         FROM assignments_obligations WHERE ${where.join(' AND ')}
         GROUP BY 1, 2
       )
       SELECT ${unitFound} AS unit_found, tally.* FROM (SELECT 1) AS one LEFT JOIN tally ON true`,
      params,
      PREPARED,
    );
    const rows = result.rows.filter((row) => row.agency_id !== null);
    return {
      unitFound: result.rows[0]?.unit_found ?? false,
      tallies: rows.map((row) => ({
        agencyId: row.agency_id!,
        period: row.period!,
        year: row.year!,
        onTime: row.on_time!,
        late: row.late!,
        missing: row.missing!,
        pending: row.pending!,
        extended: row.extended!,
        lateOriginal: row.late_original!,
        dueOriginal: row.due_original!,
      })),
    };
  }
}

/** Which reports a compliance table counts: an agency's, a unit's (its agencies and those of the units within), a directive's, a year's. */
export interface ComplianceScope {
  agencyId: string | null;
  unitId: string | null;
  directiveId: string | null;
  year: number | null;
}

/** One row of the tally; null columns only on the lone row that says the scope holds no reports. */
interface TallyRow {
  unit_found: boolean;
  agency_id: string | null;
  period: string | null;
  year: number | null;
  on_time: number | null;
  late: number | null;
  missing: number | null;
  pending: number | null;
  extended: number | null;
  late_original: number | null;
  due_original: number | null;
}

const withListing = (obligation: Obligation): ListedObligation => ({ listing: listingOf(obligation), obligation });

const table = (asOf: Date | null) => (asOf ? 'assignments_obligation_versions' : 'assignments_obligations');
