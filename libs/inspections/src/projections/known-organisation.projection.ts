import { Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import type { OrganizationsPublishedEvent } from '@cpp/organizations';
import { knownOrganisationTables } from './tables';

const HANDLED = [
  'AdministrativeUnitEstablished',
  'AdministrativeUnitRenamed',
  'AgencyRegistered',
  'AgencyRenamed',
  'AgencyMergedInto',
  'AgencyDissolved',
] as const satisfies readonly OrganizationsPublishedEvent['type'][];

/**
 * This context's own copy of what it needs from the organisation chart's published events
 * (it never reads another context's tables): names to show, and the unit tree behind
 * "findings in this locality and every locality inside it". Names are the latest known.
 */
export const knownOrganisationProjection: Projection = {
  name: 'inspections.known-organisation',
  migrations: knownOrganisationTables,
  tables: ['inspections_known_units', 'inspections_known_agencies'],
  handles: HANDLED,
  apply: (tx: SqlExecutor, recorded: RecordedEvent) =>
    applyEvent(tx, recorded as unknown as Extract<OrganizationsPublishedEvent, { type: (typeof HANDLED)[number] }>),
};

async function applyEvent(tx: SqlExecutor, event: Extract<OrganizationsPublishedEvent, { type: (typeof HANDLED)[number] }>): Promise<void> {
  switch (event.type) {
    case 'AdministrativeUnitEstablished':
      await tx.query('INSERT INTO inspections_known_units (unit_id, name, parent_unit_id) VALUES ($1, $2, $3)', [
        event.data.unitId,
        event.data.name,
        event.data.parentUnitId,
      ]);
      return;
    case 'AdministrativeUnitRenamed':
      await tx.query('UPDATE inspections_known_units SET name = $2 WHERE unit_id = $1', [event.data.unitId, event.data.name]);
      return;
    case 'AgencyRegistered': {
      const { agencyId, name, shortName, kind, unitId } = event.data;
      await tx.query(`INSERT INTO inspections_known_agencies (agency_id, name, short_name, kind, unit_id, status) VALUES ($1, $2, $3, $4, $5, 'active')`, [
        agencyId,
        name,
        shortName,
        kind,
        unitId,
      ]);
      return;
    }
    case 'AgencyRenamed':
      await tx.query('UPDATE inspections_known_agencies SET name = $2, short_name = $3 WHERE agency_id = $1', [
        event.data.agencyId,
        event.data.name,
        event.data.shortName,
      ]);
      return;
    case 'AgencyMergedInto':
      await tx.query(`UPDATE inspections_known_agencies SET status = 'merged' WHERE agency_id = $1`, [event.data.agencyId]);
      return;
    case 'AgencyDissolved':
      await tx.query(`UPDATE inspections_known_agencies SET status = 'dissolved' WHERE agency_id = $1`, [event.data.agencyId]);
      return;
  }
}
