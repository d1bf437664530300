/**
 * The organizations context's public surface: its published events (other contexts react
 * to mergers, function transfers and dissolutions), its module and its commands.
 */
export * from './domain/events';
export { agencyStream, unitStream } from './domain/streams';
export { agencyFactFold, findAgencyFact } from './domain/agency-fact';
export type { AgencyFact } from './domain/agency-fact';
export { OrganizationsModule } from './organizations.module';
/** Commands, for the platform's entry points (GraphQL, ingest, demo data), not for other contexts. */
export { DefineAdministrativeLevel } from './application/define-administrative-level';
export { RetireAdministrativeLevel } from './application/retire-administrative-level';
export { EstablishAdministrativeUnit } from './application/establish-administrative-unit';
export { RenameAdministrativeUnit } from './application/rename-administrative-unit';
export { MergeAdministrativeUnits } from './application/merge-administrative-units';
export { RegisterAgency } from './application/register-agency';
export { RenameAgency } from './application/rename-agency';
export { MergeAgencies } from './application/merge-agencies';
export { TransferAgencyFunction } from './application/transfer-agency-function';
export { DissolveAgency } from './application/dissolve-agency';
