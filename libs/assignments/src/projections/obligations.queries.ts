import { Inject, Injectable } from '@nestjs/common';
import { knownAtSql, Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { Obligation } from '../domain/obligation/state';
import { overdueSql } from '../domain/obligation/overdue';
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

  /** Report obligations for the compliance table: their listings (from the columns now, from the versions' state as of an instant). */
  async reports(
    filter: { agencyIds: string[] | null; directiveId: string | null; year: number | null },
    asOf: Date | null = null,
  ): Promise<ObligationListing[]> {
    const params: unknown[] = [];
    const where = [`kind IN ('periodic-report', 'ad-hoc-report')`];
    if (asOf) where.push(knownAtSql(`$${params.push(asOf.toISOString())}::timestamptz`));
    if (filter.agencyIds) {
      params.push(filter.agencyIds);
      where.push(`assignee_agency_id = ANY($${params.length}::text[])`);
    }
    if (filter.directiveId) {
      params.push(filter.directiveId);
      where.push(`directive_id = $${params.length}`);
    }
    if (filter.year !== null) {
      params.push(filter.year);
      where.push(`period_year = $${params.length}`);
    }
    if (asOf) {
      const versions = await this.sql.query<{ state: Obligation | string }>(`SELECT state FROM ${table(asOf)} WHERE ${where.join(' AND ')}`, params, PREPARED);
      return versions.rows.map((row) => listingOf(parse(row.state)));
    }
    const result = await this.sql.query<ListingRow>(`SELECT ${LISTING_SELECT} FROM assignments_obligations WHERE ${where.join(' AND ')}`, params, PREPARED);
    return result.rows.map(listingFromRow);
  }
}

const withListing = (obligation: Obligation): ListedObligation => ({ listing: listingOf(obligation), obligation });

const table = (asOf: Date | null) => (asOf ? 'assignments_obligation_versions' : 'assignments_obligations');
