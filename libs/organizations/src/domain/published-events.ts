/**
 * The organizations context's contract: what other contexts and the relay may use. Units and
 * agencies, because obligations follow them through mergers, function transfers and
 * dissolutions; the level set stays internal (it only orders units within this context).
 */
import { AgencyEvent } from './agency/events';
import { AdministrativeUnitEvent } from './unit/events';

export { AGENCY_KINDS } from './agency/events';
export type {
  AgencyKind,
  AgencyRegistered,
  AgencyRenamed,
  AgencyMergedInto,
  AgencyAbsorbedPredecessors,
  AgencyFunctionTransferred,
  AgencyFunctionReceived,
  AgencyDissolved,
  AgencyEvent,
} from './agency/events';
export type { AdministrativeUnitEstablished, AdministrativeUnitRenamed, AdministrativeUnitMergedInto, AdministrativeUnitEvent } from './unit/events';

export type OrganizationsPublishedEvent = AdministrativeUnitEvent | AgencyEvent;
