import { asDomainEvent, BitemporalTable, changeVersion, openFirstVersion, openVersion, Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { ORGANIZATIONS_EVENT_TYPES, OrganizationsEvent } from '../domain/events';
import { organizationTables } from './tables';

/** A change to a unit or agency the chart does not hold is a fault: the chart is where they are registered. */
const UNIT_VERSIONS: BitemporalTable = { table: 'org_unit_versions', key: 'unit_id', whenMissing: 'fail' };
const AGENCY_VERSIONS: BitemporalTable = {
  table: 'org_agency_versions',
  key: 'agency_id',
  jsonColumns: ['functions', 'predecessor_agency_ids'],
  whenMissing: 'fail',
};

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
      return openFirstVersion(tx, UNIT_VERSIONS, recordedAt, {
        unit_id: unitId,
        valid_from: effectiveFrom,
        name,
        level_code: levelCode,
        parent_unit_id: parentUnitId,
        status: 'active',
      });
    }
    case 'AdministrativeUnitRenamed':
      return changeVersion(tx, UNIT_VERSIONS, event.data.unitId, event.data.effectiveFrom, recordedAt, { name: event.data.name });
    case 'AdministrativeUnitMergedInto':
      return changeVersion(tx, UNIT_VERSIONS, event.data.unitId, event.data.effectiveFrom, recordedAt, {
        status: 'merged',
        successor_unit_id: event.data.successorUnitId,
      });
    case 'AgencyRegistered': {
      const { agencyId, name, shortName, kind, unitId, parentAgencyId, functions, effectiveFrom } = event.data;
      return openFirstVersion(tx, AGENCY_VERSIONS, recordedAt, {
        agency_id: agencyId,
        valid_from: effectiveFrom,
        name,
        short_name: shortName,
        kind,
        unit_id: unitId,
        parent_agency_id: parentAgencyId,
        functions,
        status: 'active',
      });
    }
    case 'AgencyRenamed':
      return changeVersion(tx, AGENCY_VERSIONS, event.data.agencyId, event.data.effectiveFrom, recordedAt, {
        name: event.data.name,
        short_name: event.data.shortName,
      });
    case 'AgencyMergedInto':
      return changeVersion(tx, AGENCY_VERSIONS, event.data.agencyId, event.data.effectiveFrom, recordedAt, {
        status: 'merged',
        successor_agency_id: event.data.successorAgencyId,
      });
    case 'AgencyDissolved':
      return changeVersion(tx, AGENCY_VERSIONS, event.data.agencyId, event.data.effectiveFrom, recordedAt, {
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
  const row = await openVersion(tx, AGENCY_VERSIONS, event.data.agencyId);
  if (!row) return;
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
  await changeVersion(tx, AGENCY_VERSIONS, event.data.agencyId, event.data.effectiveFrom, recordedAt, changes);
}

function parse(value: string[] | string): string[] {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
