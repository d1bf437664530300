import { Inject, Injectable } from '@nestjs/common';
import { Clock, localDateAt, Sql } from '@cpp/eventsourcing';
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

const VALID_ON = (alias: string, param: string) =>
  `${alias}.valid_from <= ${param}::date AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > ${param}::date)`;

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

  private today(): string {
    return localDateAt(this.clock.now());
  }

  /** Agencies whose unit is the jurisdiction or lies inside it, as they stood on `asOf`. */
  async agencies(filter: {
    jurisdictionUnitId?: string | null;
    asOf?: string | null;
    kind?: AgencyKind | null;
    includeInactive?: boolean | null;
  }): Promise<AgencyView[]> {
    const asOf = filter.asOf ?? this.today();
    const params: unknown[] = [asOf];
    const where = [VALID_ON('a', '$1')];
    let scope = '';
    if (filter.jurisdictionUnitId) {
      params.push(filter.jurisdictionUnitId);
      scope = `WITH RECURSIVE scope AS (
        SELECT u.unit_id FROM org_unit_versions u WHERE u.unit_id = $2 AND ${VALID_ON('u', '$1')}
        UNION
        SELECT u.unit_id FROM org_unit_versions u JOIN scope s ON u.parent_unit_id = s.unit_id WHERE ${VALID_ON('u', '$1')}
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

  async agency(agencyId: string, asOf?: string | null): Promise<AgencyView | null> {
    const result = await this.sql.query<Record<string, any>>(
      `SELECT ${AGENCY_COLUMNS} FROM org_agency_versions a WHERE a.agency_id = $2 AND ${VALID_ON('a', '$1')}`,
      [asOf ?? this.today(), agencyId],
    );
    return result.rows.length ? toAgency(result.rows[0]) : null;
  }

  async agencyVersions(agencyId: string): Promise<AgencyView[]> {
    const result = await this.sql.query<Record<string, any>>(
      `SELECT ${AGENCY_COLUMNS} FROM org_agency_versions a WHERE a.agency_id = $1 ORDER BY a.valid_from`,
      [agencyId],
    );
    return result.rows.map(toAgency);
  }

  async units(filter: {
    parentUnitId?: string | null;
    levelCode?: string | null;
    asOf?: string | null;
    includeInactive?: boolean | null;
  }): Promise<UnitView[]> {
    const params: unknown[] = [filter.asOf ?? this.today()];
    const where = [VALID_ON('u', '$1')];
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

  async unit(unitId: string, asOf?: string | null): Promise<UnitView | null> {
    const result = await this.sql.query<Record<string, any>>(
      `SELECT ${UNIT_COLUMNS} FROM org_unit_versions u WHERE u.unit_id = $2 AND ${VALID_ON('u', '$1')}`,
      [asOf ?? this.today(), unitId],
    );
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
