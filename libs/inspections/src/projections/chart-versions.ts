import { BitemporalTable } from '@cpp/eventsourcing';

/**
 * The two tables of this context's chart copy; each row one period of a unit or agency, as
 * held over a recorded interval. A change to an entity the copy never saw changes nothing.
 */
export const UNIT_VERSIONS: BitemporalTable = { table: 'inspections_unit_versions', key: 'unit_id', whenMissing: 'ignore' };
export const AGENCY_VERSIONS: BitemporalTable = { table: 'inspections_agency_versions', key: 'agency_id', whenMissing: 'ignore' };
