/**
 * The organizations context's public surface: its published events (other contexts react
 * to mergers, function transfers and dissolutions), its stream names, the one AgencyFact
 * every context judges agencies by, its module and its bus commands.
 */
export * from './domain/published-events';
export { agencyStream, unitStream } from './domain/streams';
export { agencyFactFold, findAgencyFact, findAgencyFacts } from './domain/agency/agency-fact';
export type { AgencyFact } from './domain/agency/agency-fact';
export { OrganizationsModule } from './organizations.module';
/** Bus commands, for the platform's entry points (GraphQL, ingest, demo data), not for other contexts. */
export { DefineAdministrativeLevelCommand } from './application/define-administrative-level';
export { RetireAdministrativeLevelCommand } from './application/retire-administrative-level';
export { EstablishAdministrativeUnitCommand } from './application/establish-administrative-unit';
export { RenameAdministrativeUnitCommand } from './application/rename-administrative-unit';
export { MergeAdministrativeUnitsCommand } from './application/merge-administrative-units';
export { RegisterAgencyCommand } from './application/register-agency';
export { RenameAgencyCommand } from './application/rename-agency';
export { MergeAgenciesCommand } from './application/merge-agencies';
export { TransferAgencyFunctionCommand } from './application/transfer-agency-function';
export { DissolveAgencyCommand } from './application/dissolve-agency';
