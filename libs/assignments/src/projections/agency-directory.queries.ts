import { Inject, Injectable } from '@nestjs/common';
import { Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { FormerAgencies } from '../domain/policies/succession.policy';

export interface KnownAgency {
  agencyId: string;
  name: string;
  unitId: string;
  status: 'active' | 'merged' | 'dissolved';
  successorAgencyId: string | null;
  changedOn: string;
  decision: string | null;
}

@Injectable()
export class AgencyDirectory {
  /**
   * Agencies known to exist. Once registered an agency keeps its row (merged and dissolved ones
   * too: agencyDirectoryProjection never deletes), so a yes never turns into a no and needs no
   * invalidation; a no is not kept, so an agency registered later is found on its first read.
   * It spares every read of an agency's obligations or tasks a round trip (at most one entry
   * per agency of the chart).
   */
  private readonly known = new Set<string>();

  constructor(@Inject(READ_MODEL_SQL) private readonly sql: Sql) {}

  async exists(agencyId: string): Promise<boolean> {
    if (this.known.has(agencyId)) return true;
    const found = (await this.sql.query('SELECT 1 FROM assignments_known_agencies WHERE agency_id = $1', [agencyId], { prepared: true })).rows.length > 0;
    if (found) this.known.add(agencyId);
    return found;
  }

  async agency(agencyId: string): Promise<KnownAgency | null> {
    const result = await this.sql.query<Record<string, any>>(
      `SELECT agency_id, name, unit_id, status, successor_agency_id, changed_on::text AS changed_on, decision FROM assignments_known_agencies WHERE agency_id = $1`,
      [agencyId],
    );
    const row = result.rows[0];
    return row
      ? {
          agencyId: row.agency_id,
          name: row.name,
          unitId: row.unit_id,
          status: row.status,
          successorAgencyId: row.successor_agency_id,
          changedOn: row.changed_on,
          decision: row.decision,
        }
      : null;
  }

  /** The unit and every unit above it, up to the nation, for jurisdiction rules. */
  async unitPath(unitId: string): Promise<string[]> {
    const path = await this.sql.query<{ unit_id: string }>(
      `WITH RECURSIVE up(unit_id, parent_unit_id, depth) AS (
         SELECT unit_id, parent_unit_id, 0 FROM assignments_known_units WHERE unit_id = $1
         UNION ALL
         SELECT u.unit_id, u.parent_unit_id, up.depth + 1 FROM assignments_known_units u JOIN up ON u.unit_id = up.parent_unit_id WHERE up.depth < 20
       ) SELECT unit_id FROM up ORDER BY depth`,
      [unitId],
    );
    return path.rows.length ? path.rows.map((row) => row.unit_id) : [unitId];
  }

  /** Every agency that is gone (merged or dissolved) with its successor: the facts the succession walk follows. */
  async formerAgencies(): Promise<FormerAgencies> {
    const result = await this.sql.query<Record<string, any>>(
      `SELECT agency_id, status, successor_agency_id, changed_on::text AS changed_on, decision FROM assignments_known_agencies WHERE status <> 'active'`,
    );
    return new Map(
      result.rows.map((row) => [
        row.agency_id,
        { agencyId: row.agency_id, status: row.status, successorAgencyId: row.successor_agency_id, changedOn: row.changed_on, decision: row.decision },
      ]),
    );
  }

  /** Agencies whose unit is the given unit or lies inside it: the units gathered first, as an array, so the agencies are an index lookup rather than a hash of the whole table. */
  async agenciesWithin(unitId: string): Promise<string[]> {
    const result = await this.sql.query<{ agency_id: string }>(
      `WITH RECURSIVE scope(unit_id, depth) AS (
         SELECT unit_id, 0 FROM assignments_known_units WHERE unit_id = $1
         UNION ALL
         SELECT u.unit_id, scope.depth + 1 FROM assignments_known_units u JOIN scope ON u.parent_unit_id = scope.unit_id WHERE scope.depth < 20
       ) SELECT agency_id FROM assignments_known_agencies WHERE unit_id = ANY (ARRAY(SELECT unit_id FROM scope)) ORDER BY agency_id`,
      [unitId],
    );
    return result.rows.map((row) => row.agency_id);
  }

  async unitExists(unitId: string): Promise<boolean> {
    return (await this.sql.query('SELECT 1 FROM assignments_known_units WHERE unit_id = $1', [unitId])).rows.length > 0;
  }
}
