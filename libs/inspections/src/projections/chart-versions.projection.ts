import { changeVersion, openFirstVersion, Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import type { OrganizationsPublishedEvent } from '@cpp/organizations';
import { AGENCY_VERSIONS, UNIT_VERSIONS } from './chart-versions';
import { chartVersionTables } from './tables';

const HANDLED = [
  'AdministrativeUnitEstablished',
  'AdministrativeUnitRenamed',
  'AdministrativeUnitMergedInto',
  'AgencyRegistered',
  'AgencyRenamed',
  'AgencyMergedInto',
  'AgencyDissolved',
] as const satisfies readonly OrganizationsPublishedEvent['type'][];

type Handled = Extract<OrganizationsPublishedEvent, { type: (typeof HANDLED)[number] }>;

/**
 * This context's own copy of what it needs from the organisation chart's published events
 * (it never reads another context's tables): names to show, and which unit lies inside which
 * (a merged unit inside its successor) behind "findings in this locality". Bitemporal, as the
 * chart is: each version valid over the chart's own dates and known over a recorded interval,
 * so an answer about an instant filters and names by the chart as it stood and was known then.
 */
export const chartVersionsProjection: Projection = {
  name: 'inspections.chart-versions',
  migrations: chartVersionTables,
  tables: ['inspections_unit_versions', 'inspections_agency_versions'],
  handles: HANDLED,
  apply: (tx: SqlExecutor, recorded: RecordedEvent) => applyEvent(tx, recorded as unknown as Handled, recorded.metadata.recordedAt),
};

async function applyEvent(tx: SqlExecutor, event: Handled, recordedAt: string): Promise<void> {
  switch (event.type) {
    case 'AdministrativeUnitEstablished': {
      const { unitId, name, parentUnitId, effectiveFrom } = event.data;
      return openFirstVersion(tx, UNIT_VERSIONS, recordedAt, { unit_id: unitId, valid_from: effectiveFrom, name, parent_unit_id: parentUnitId });
    }
    case 'AdministrativeUnitRenamed':
      return changeVersion(tx, UNIT_VERSIONS, event.data.unitId, event.data.effectiveFrom, recordedAt, { name: event.data.name });
    case 'AdministrativeUnitMergedInto':
      return changeVersion(tx, UNIT_VERSIONS, event.data.unitId, event.data.effectiveFrom, recordedAt, { successor_unit_id: event.data.successorUnitId });
    case 'AgencyRegistered': {
      const { agencyId, name, shortName, kind, unitId, effectiveFrom } = event.data;
      return openFirstVersion(tx, AGENCY_VERSIONS, recordedAt, {
        agency_id: agencyId,
        valid_from: effectiveFrom,
        name,
        short_name: shortName,
        kind,
        unit_id: unitId,
        status: 'active',
      });
    }
    case 'AgencyRenamed':
      return changeVersion(tx, AGENCY_VERSIONS, event.data.agencyId, event.data.effectiveFrom, recordedAt, {
        name: event.data.name,
        short_name: event.data.shortName,
      });
    case 'AgencyMergedInto':
      return changeVersion(tx, AGENCY_VERSIONS, event.data.agencyId, event.data.effectiveFrom, recordedAt, { status: 'merged' });
    case 'AgencyDissolved':
      return changeVersion(tx, AGENCY_VERSIONS, event.data.agencyId, event.data.effectiveFrom, recordedAt, { status: 'dissolved' });
  }
}
