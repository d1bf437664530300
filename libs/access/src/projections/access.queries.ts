import { Inject, Injectable } from '@nestjs/common';
import { Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { Chart, ChartAgency, ChartUnit } from '../domain/chart';
import { Grant } from '../domain/grant/grant';

const day = (value: unknown): string | null =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

const PREPARED = { prepared: true } as const;

@Injectable()
export class AccessQueries {
  private cached: { version: string; chart: Chart } | null = null;

  constructor(@Inject(READ_MODEL_SQL) private readonly sql: Sql) {}

  async grantsOf(subject: string): Promise<Grant[]> {
    const result = await this.sql.query<Record<string, unknown>>(
      `SELECT grant_id, subject, role, agency_id, jurisdiction_unit_id, valid_from::text AS valid_from, valid_to::text AS valid_to, revoked_on::text AS revoked_on
       FROM access_grants WHERE subject = $1 ORDER BY valid_from, grant_id`,
      [subject],
    );
    return result.rows.map(grantOf);
  }

  /**
   * The integration grants of each (subject, agency) pair, for many pairs in one statement:
   * ingest asks for the messages it works on at once.
   */
  async integrationGrantsFor(pairs: readonly { subject: string; agencyId: string }[]): Promise<Grant[][]> {
    const result = await this.sql.query<Record<string, unknown>>(
      `SELECT r.pair, g.grant_id, g.subject, g.role, g.agency_id, g.jurisdiction_unit_id, g.valid_from::text AS valid_from, g.valid_to::text AS valid_to,
         g.revoked_on::text AS revoked_on
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS r(subject, agency_id, pair)
       JOIN access_grants g ON g.subject = r.subject AND g.agency_id = r.agency_id AND g.role = 'integration'
       ORDER BY r.pair, g.valid_from, g.grant_id`,
      [pairs.map((pair) => pair.subject), pairs.map((pair) => pair.agencyId)],
    );
    const grants = pairs.map((): Grant[] => []);
    for (const row of result.rows) grants[Number(row.pair) - 1].push(grantOf(row));
    return grants;
  }

  async grant(grantId: string): Promise<Grant | null> {
    const result = await this.sql.query<Record<string, unknown>>(
      `SELECT grant_id, subject, role, agency_id, jurisdiction_unit_id, valid_from::text AS valid_from, valid_to::text AS valid_to, revoked_on::text AS revoked_on FROM access_grants WHERE grant_id = $1`,
      [grantId],
    );
    return result.rows[0] ? grantOf(result.rows[0]) : null;
  }

  /** The subject's break-the-glass declaration for an agency still in force at that instant. */
  async breakGlass(subject: string, agencyId: string, at: Date): Promise<{ reason: string; until: string } | null> {
    const result = await this.sql.query<{ reason: string; until: string | Date }>(
      'SELECT reason, until FROM access_break_glass WHERE subject = $1 AND agency_id = $2 AND until > $3 ORDER BY until DESC LIMIT 1',
      [subject, agencyId, at.toISOString()],
    );
    const row = result.rows[0];
    return row ? { reason: row.reason, until: new Date(row.until).toISOString() } : null;
  }

  /**
   * The chart as the chart projection last applied it. The whole chart (~13,000 rows for the
   * nation) is loaded again only when access_chart_version moved; otherwise one row is read.
   * The version is read before the rows, so a chart cached under it is at least that new.
   */
  async chart(): Promise<Chart> {
    const [{ version }] = (await this.sql.query<{ version: string }>('SELECT version::text AS version FROM access_chart_version', [], PREPARED)).rows;
    if (this.cached?.version !== version) this.cached = { version, chart: await this.loadChart() };
    return this.cached.chart;
  }

  private async loadChart(): Promise<Chart> {
    const [units, agencies] = await Promise.all([
      this.sql.query<{ unit_id: string; parent_unit_id: string | null; successor_unit_id: string | null }>(
        'SELECT unit_id, parent_unit_id, successor_unit_id FROM access_units',
      ),
      this.sql.query<{ agency_id: string; unit_id: string; successor_agency_id: string | null }>(
        'SELECT agency_id, unit_id, successor_agency_id FROM access_agencies',
      ),
    ]);
    return new Chart(
      units.rows.map((row): ChartUnit => ({ unitId: row.unit_id, parentUnitId: row.parent_unit_id, successorUnitId: row.successor_unit_id })),
      agencies.rows.map((row): ChartAgency => ({ agencyId: row.agency_id, unitId: row.unit_id, successorAgencyId: row.successor_agency_id })),
    );
  }
}

function grantOf(row: Record<string, unknown>): Grant {
  return {
    grantId: row.grant_id as string,
    subject: row.subject as string,
    role: row.role as Grant['role'],
    agencyId: (row.agency_id as string | null) ?? null,
    jurisdictionUnitId: (row.jurisdiction_unit_id as string | null) ?? null,
    validFrom: day(row.valid_from)!,
    validTo: day(row.valid_to),
    revokedOn: day(row.revoked_on),
  };
}
