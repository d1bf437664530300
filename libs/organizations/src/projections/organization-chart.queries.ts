import { Inject, Injectable } from '@nestjs/common';
import { Clock, knownAtSql, localDateAt, Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { AgencyKind } from '../domain/agency/events';

export interface AgencyView {
  agencyId: string;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  unitId: string;
  parentAgencyId: string | null;
  functions: string[];
  status: 'active' | 'merged' | 'dissolved';
  successorAgencyId: string | null;
  predecessorAgencyIds: string[];
  validFrom: string;
  validTo: string | null;
}

export interface UnitView {
  unitId: string;
  name: string;
  levelCode: string;
  parentUnitId: string | null;
  status: 'active' | 'merged';
  successorUnitId: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface LevelView {
  levelCode: string;
  name: string;
  rank: number;
  retiredFrom: string | null;
}

/**
 * The chart is bitemporal: a version was valid from one date to another (the fact's own
 * dates), and held by the platform over a recorded interval. `$2` is always the instant of
 * knowledge (null: the platform's current knowledge) and, where a date is asked, `$1` the date.
 */
const VALID_ON = (alias: string, param: string) =>
  `${alias}.valid_from <= ${param}::date AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > ${param}::date)`;
const KNOWN = (alias: string, knownAt: Date | null | undefined) =>
  knownAt ? knownAtSql('$2::timestamptz', alias) : `$2::timestamptz IS NULL AND ${alias}.recorded_to IS NULL`;

/** When the chart is read: on a date (default the day of `knownAt`, or today), as known at an instant (default now). */
export interface ChartInstant {
  asOf?: string | null;
  /** What the platform knew then: the versions recorded by that instant and not yet superseded. */
  knownAt?: Date | null;
}

const AGENCY_COLUMNS = `a.agency_id, a.name, a.short_name, a.kind, a.unit_id, a.parent_agency_id, a.functions, a.status,
  a.successor_agency_id, a.predecessor_agency_ids, a.valid_from::text AS valid_from, a.valid_to::text AS valid_to`;
const UNIT_COLUMNS = `u.unit_id, u.name, u.level_code, u.parent_unit_id, u.status, u.successor_unit_id,
  u.valid_from::text AS valid_from, u.valid_to::text AS valid_to`;

/** Reads the organisation chart's read model; other contexts use the published events instead. */
@Injectable()
export class OrganizationChartQueries {
  constructor(
    @Inject(READ_MODEL_SQL) private readonly sql: Sql,
    private readonly clock: Clock,
  ) {}

  /** `$1` and `$2` of every chart query, and the condition picking the versions as they stood then. */
  private instant(at: ChartInstant): { params: [string, string | null]; stood: (alias: string) => string } {
    return {
      params: [at.asOf ?? localDateAt(at.knownAt ?? this.clock.now()), at.knownAt ? at.knownAt.toISOString() : null],
      stood: (alias) => `${VALID_ON(alias, '$1')} AND ${KNOWN(alias, at.knownAt)}`,
    };
  }

  /** Agencies whose unit is the jurisdiction or lies inside it, as they stood on `asOf`. */
  async agencies(
    filter: ChartInstant & {
      jurisdictionUnitId?: string | null;
      kind?: AgencyKind | null;
      includeInactive?: boolean | null;
    },
  ): Promise<AgencyView[]> {
    const { params, stood } = this.instant(filter);
    const where = [stood('a')];
    let scope = '';
    if (filter.jurisdictionUnitId) {
      params.push(filter.jurisdictionUnitId);
      scope = `WITH RECURSIVE scope AS (
        SELECT u.unit_id FROM org_unit_versions u WHERE u.unit_id = $3 AND ${stood('u')}
        UNION
        SELECT u.unit_id FROM org_unit_versions u JOIN scope s ON u.parent_unit_id = s.unit_id WHERE ${stood('u')}
      ) `;
      where.push('a.unit_id IN (SELECT unit_id FROM scope)');
    }
    if (filter.kind) {
      params.push(filter.kind);
      where.push(`a.kind = $${params.length}`);
    }
    if (!filter.includeInactive) where.push(`a.status = 'active'`);
    const result = await this.sql.query<Record<string, any>>(
      `${scope}SELECT ${AGENCY_COLUMNS} FROM org_agency_versions a WHERE ${where.join(' AND ')} ORDER BY a.name`,
      params,
    );
    return result.rows.map(toAgency);
  }

  async agency(agencyId: string, at: ChartInstant = {}): Promise<AgencyView | null> {
    const { params, stood } = this.instant(at);
    const result = await this.sql.query<Record<string, any>>(`SELECT ${AGENCY_COLUMNS} FROM org_agency_versions a WHERE a.agency_id = $3 AND ${stood('a')}`, [
      ...params,
      agencyId,
    ]);
    return result.rows.length ? toAgency(result.rows[0]) : null;
  }

  /** Every period of the agency, as known at `knownAt` (default now). */
  async agencyVersions(agencyId: string, knownAt: Date | null = null): Promise<AgencyView[]> {
    const result = await this.sql.query<Record<string, any>>(
      `SELECT ${AGENCY_COLUMNS} FROM org_agency_versions a WHERE a.agency_id = $1 AND ${KNOWN('a', knownAt)} ORDER BY a.valid_from`,
      [agencyId, knownAt?.toISOString() ?? null],
    );
    return result.rows.map(toAgency);
  }

  async units(
    filter: ChartInstant & {
      parentUnitId?: string | null;
      levelCode?: string | null;
      includeInactive?: boolean | null;
    },
  ): Promise<UnitView[]> {
    const { params, stood } = this.instant(filter);
    const where = [stood('u')];
    if (filter.parentUnitId) {
      params.push(filter.parentUnitId);
      where.push(`u.parent_unit_id = $${params.length}`);
    }
    if (filter.levelCode) {
      params.push(filter.levelCode);
      where.push(`u.level_code = $${params.length}`);
    }
    if (!filter.includeInactive) where.push(`u.status = 'active'`);
    const result = await this.sql.query<Record<string, any>>(
      `SELECT ${UNIT_COLUMNS} FROM org_unit_versions u WHERE ${where.join(' AND ')} ORDER BY u.name`,
      params,
    );
    return result.rows.map(toUnit);
  }

  async unit(unitId: string, at: ChartInstant = {}): Promise<UnitView | null> {
    const { params, stood } = this.instant(at);
    const result = await this.sql.query<Record<string, any>>(`SELECT ${UNIT_COLUMNS} FROM org_unit_versions u WHERE u.unit_id = $3 AND ${stood('u')}`, [
      ...params,
      unitId,
    ]);
    return result.rows.length ? toUnit(result.rows[0]) : null;
  }

  async levels(): Promise<LevelView[]> {
    const result = await this.sql.query<Record<string, any>>('SELECT level_code, name, rank, retired_from::text AS retired_from FROM org_levels ORDER BY rank');
    return result.rows.map((row) => ({ levelCode: row.level_code, name: row.name, rank: Number(row.rank), retiredFrom: row.retired_from ?? null }));
  }
}

function json(value: unknown): string[] {
  return typeof value === 'string' ? JSON.parse(value) : (value as string[]);
}

function toAgency(row: Record<string, any>): AgencyView {
  return {
    agencyId: row.agency_id,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    unitId: row.unit_id,
    parentAgencyId: row.parent_agency_id,
    functions: json(row.functions),
    status: row.status,
    successorAgencyId: row.successor_agency_id,
    predecessorAgencyIds: json(row.predecessor_agency_ids),
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

function toUnit(row: Record<string, any>): UnitView {
  return {
    unitId: row.unit_id,
    name: row.name,
    levelCode: row.level_code,
    parentUnitId: row.parent_unit_id,
    status: row.status,
    successorUnitId: row.successor_unit_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}
