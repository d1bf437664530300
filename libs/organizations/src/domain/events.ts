/**
 * Every event of the organizations context. The organisation chart is facts with history:
 * Vietnam reorganised in 2025 (ministries merged, provinces merged, the district level
 * removed), so nothing here is a constant: levels, units and agencies are all data that
 * change on effective dates. Dates (effectiveFrom) are local calendar dates in Vietnam.
 */
import { AgencyEvent } from './agency/events';
import { AdministrativeLevelEvent } from './levels/events';
import { AdministrativeUnitEvent } from './unit/events';

export type { AdministrativeLevelEvent, AdministrativeUnitEvent, AgencyEvent };

export type OrganizationsEvent = AdministrativeLevelEvent | AdministrativeUnitEvent | AgencyEvent;

export const ORGANIZATIONS_EVENT_TYPES = [
  'AdministrativeLevelDefined',
  'AdministrativeLevelRetired',
  'AdministrativeUnitEstablished',
  'AdministrativeUnitRenamed',
  'AdministrativeUnitMergedInto',
  'AgencyRegistered',
  'AgencyRenamed',
  'AgencyMergedInto',
  'AgencyAbsorbedPredecessors',
  'AgencyFunctionTransferred',
  'AgencyFunctionReceived',
  'AgencyDissolved',
] as const satisfies readonly OrganizationsEvent['type'][];
