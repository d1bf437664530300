import { asDomainEvent, Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { ORGANIZATIONS_EVENT_TYPES, OrganizationsEvent } from '../domain/events';
import { organizationTables } from './tables';
import { changeVersion, openVersion } from './versioned-row';

/** Levels, units and agencies as they stood on every date, and since when the platform knew each version. */
export const organizationChartProjection: Projection = {
  name: 'organizations.chart',
  migrations: organizationTables,
  tables: ['org_levels', 'org_unit_versions', 'org_agency_versions'],
  handles: ORGANIZATIONS_EVENT_TYPES,
  apply: (tx: SqlExecutor, recorded: RecordedEvent) => applyEvent(tx, asDomainEvent<OrganizationsEvent>(recorded), recorded.metadata.recordedAt),
};

async function applyEvent(tx: SqlExecutor, event: OrganizationsEvent, recordedAt: string): Promise<void> {
  switch (event.type) {
    case 'AdministrativeLevelDefined':
      await tx.query('INSERT INTO org_levels (level_code, name, rank) VALUES ($1, $2, $3)', [event.data.levelCode, event.data.name, event.data.rank]);
      return;
    case 'AdministrativeLevelRetired':
      await tx.query('UPDATE org_levels SET retired_from = $2 WHERE level_code = $1', [event.data.levelCode, event.data.effectiveFrom]);
      return;
    case 'AdministrativeUnitEstablished': {
      const { unitId, name, levelCode, parentUnitId, effectiveFrom } = event.data;
      await tx.query(
        `INSERT INTO org_unit_versions (unit_id, valid_from, name, level_code, parent_unit_id, status, recorded_from) VALUES ($1, $2, $3, $4, $5, 'active', $6)`,
        [unitId, effectiveFrom, name, levelCode, parentUnitId, recordedAt],
      );
      return;
    }
    case 'AdministrativeUnitRenamed':
      return changeVersion(tx, 'org_unit_versions', 'unit_id', event.data.unitId, event.data.effectiveFrom, recordedAt, { name: event.data.name });
    case 'AdministrativeUnitMergedInto':
      return changeVersion(tx, 'org_unit_versions', 'unit_id', event.data.unitId, event.data.effectiveFrom, recordedAt, {
        status: 'merged',
        successor_unit_id: event.data.successorUnitId,
      });
    case 'AgencyRegistered': {
      const { agencyId, name, shortName, kind, unitId, parentAgencyId, functions, effectiveFrom } = event.data;
      await tx.query(
        `INSERT INTO org_agency_versions (agency_id, valid_from, name, short_name, kind, unit_id, parent_agency_id, functions, status, recorded_from)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'active', $9)`,
        [agencyId, effectiveFrom, name, shortName, kind, unitId, parentAgencyId, JSON.stringify(functions), recordedAt],
      );
      return;
    }
    case 'AgencyRenamed':
      return changeVersion(tx, 'org_agency_versions', 'agency_id', event.data.agencyId, event.data.effectiveFrom, recordedAt, {
        name: event.data.name,
        short_name: event.data.shortName,
      });
    case 'AgencyMergedInto':
      return changeVersion(tx, 'org_agency_versions', 'agency_id', event.data.agencyId, event.data.effectiveFrom, recordedAt, {
        status: 'merged',
        successor_agency_id: event.data.successorAgencyId,
      });
    case 'AgencyDissolved':
      return changeVersion(tx, 'org_agency_versions', 'agency_id', event.data.agencyId, event.data.effectiveFrom, recordedAt, {
        status: 'dissolved',
        successor_agency_id: event.data.successorAgencyId,
      });
    case 'AgencyAbsorbedPredecessors':
    case 'AgencyFunctionTransferred':
    case 'AgencyFunctionReceived':
      return changeFunctions(tx, event, recordedAt);
  }
}

async function changeFunctions(
  tx: SqlExecutor,
  event: Extract<OrganizationsEvent, { type: 'AgencyAbsorbedPredecessors' | 'AgencyFunctionTransferred' | 'AgencyFunctionReceived' }>,
  recordedAt: string,
): Promise<void> {
  const row = await openVersion(tx, 'org_agency_versions', 'agency_id', event.data.agencyId);
  const functions = parse(row.functions as string[] | string);
  const predecessors = parse(row.predecessor_agency_ids as string[] | string);
  const changes: Record<string, unknown> = {};
  if (event.type === 'AgencyAbsorbedPredecessors') {
    changes.functions = JSON.stringify([...new Set([...functions, ...event.data.functions])]);
    changes.predecessor_agency_ids = JSON.stringify([...new Set([...predecessors, ...event.data.predecessorAgencyIds])]);
  } else if (event.type === 'AgencyFunctionTransferred') {
    changes.functions = JSON.stringify(functions.filter((f) => f !== event.data.function));
  } else {
    changes.functions = JSON.stringify([...new Set([...functions, event.data.function])]);
  }
  await changeVersion(tx, 'org_agency_versions', 'agency_id', event.data.agencyId, event.data.effectiveFrom, recordedAt, changes);
}

function parse(value: string[] | string): string[] {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
