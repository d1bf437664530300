import { Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import type { OrganizationsPublishedEvent } from '@cpp/organizations';

const HANDLED = ['AdministrativeUnitEstablished', 'AdministrativeUnitMergedInto', 'AgencyRegistered', 'AgencyMergedInto', 'AgencyDissolved'] as const;

/**
 * Access's own view of the chart, from organizations' published events: which unit is under
 * which, where an agency sits and who succeeded it (its officers act on its open work).
 * Its migrations belong to the grants projection (one component, one schema). Every change
 * bumps access_chart_version, under which AccessQueries caches the chart it judges against.
 */
export const accessChartProjection: Projection = {
  name: 'access.chart',
  migrations: [],
  tables: ['access_units', 'access_agencies'],
  handles: HANDLED,
  async apply(tx: SqlExecutor, recorded: RecordedEvent) {
    await applyChange(tx, recorded as unknown as OrganizationsPublishedEvent);
    await tx.query('UPDATE access_chart_version SET version = version + 1');
  },
};

async function applyChange(tx: SqlExecutor, event: OrganizationsPublishedEvent): Promise<void> {
  switch (event.type) {
    case 'AdministrativeUnitEstablished':
      await tx.query('INSERT INTO access_units (unit_id, parent_unit_id) VALUES ($1, $2) ON CONFLICT (unit_id) DO NOTHING', [
        event.data.unitId,
        event.data.parentUnitId,
      ]);
      return;
    case 'AdministrativeUnitMergedInto':
      await tx.query('UPDATE access_units SET successor_unit_id = $2 WHERE unit_id = $1', [event.data.unitId, event.data.successorUnitId]);
      return;
    case 'AgencyRegistered':
      await tx.query('INSERT INTO access_agencies (agency_id, unit_id) VALUES ($1, $2) ON CONFLICT (agency_id) DO NOTHING', [
        event.data.agencyId,
        event.data.unitId,
      ]);
      return;
    // Merged or dissolved, the agency ends and its successor (if any) acts on its open work.
    case 'AgencyMergedInto':
    case 'AgencyDissolved':
      await tx.query('UPDATE access_agencies SET successor_agency_id = $2, ended_on = $3 WHERE agency_id = $1', [
        event.data.agencyId,
        event.data.successorAgencyId,
        event.data.effectiveFrom,
      ]);
      return;
    default:
      return;
  }
}
