import { Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import type { OrganizationsPublishedEvent } from '@cpp/organizations';
import { directoryTables } from './tables';

const HANDLED = [
  'AdministrativeUnitEstablished',
  'AdministrativeUnitMergedInto',
  'AgencyRegistered',
  'AgencyRenamed',
  'AgencyMergedInto',
  'AgencyDissolved',
] as const;
type DirectoryEvent = Extract<OrganizationsPublishedEvent, { type: (typeof HANDLED)[number] }>;

/** The organisation chart as this context needs it: agencies, their units, their successors. */
export const agencyDirectoryProjection: Projection = {
  name: 'assignments.directory',
  migrations: directoryTables,
  tables: ['assignments_known_agencies', 'assignments_known_units'],
  handles: HANDLED,
  apply: (tx: SqlExecutor, recorded: RecordedEvent) => applyEvent(tx, recorded as unknown as DirectoryEvent),
};

async function applyEvent(tx: SqlExecutor, event: DirectoryEvent): Promise<void> {
  switch (event.type) {
    case 'AdministrativeUnitEstablished':
      await tx.query(
        `INSERT INTO assignments_known_units (unit_id, parent_unit_id, status) VALUES ($1, $2, 'active')
         ON CONFLICT (unit_id) DO UPDATE SET parent_unit_id = $2, status = 'active', successor_unit_id = NULL`,
        [event.data.unitId, event.data.parentUnitId],
      );
      return;
    case 'AdministrativeUnitMergedInto':
      await tx.query(`UPDATE assignments_known_units SET status = 'merged', successor_unit_id = $2 WHERE unit_id = $1`, [
        event.data.unitId,
        event.data.successorUnitId,
      ]);
      return;
    case 'AgencyRegistered':
      await tx.query(
        `INSERT INTO assignments_known_agencies (agency_id, name, unit_id, status, changed_on) VALUES ($1, $2, $3, 'active', $4)
         ON CONFLICT (agency_id) DO UPDATE SET name = $2, unit_id = $3, status = 'active', successor_agency_id = NULL, changed_on = $4`,
        [event.data.agencyId, event.data.name, event.data.unitId, event.data.effectiveFrom],
      );
      return;
    case 'AgencyRenamed':
      await tx.query('UPDATE assignments_known_agencies SET name = $2, changed_on = $3 WHERE agency_id = $1', [
        event.data.agencyId,
        event.data.name,
        event.data.effectiveFrom,
      ]);
      return;
    case 'AgencyMergedInto':
      await tx.query(`UPDATE assignments_known_agencies SET status = 'merged', successor_agency_id = $2, changed_on = $3, decision = $4 WHERE agency_id = $1`, [
        event.data.agencyId,
        event.data.successorAgencyId,
        event.data.effectiveFrom,
        event.data.decision,
      ]);
      return;
    case 'AgencyDissolved':
      await tx.query(
        `UPDATE assignments_known_agencies SET status = 'dissolved', successor_agency_id = $2, changed_on = $3, decision = $4 WHERE agency_id = $1`,
        [event.data.agencyId, event.data.successorAgencyId, event.data.effectiveFrom, event.data.decision],
      );
      return;
  }
}
