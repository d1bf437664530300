import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRegistry } from '@cpp/eventsourcing/nest';
import { DefineAdministrativeLevelHandler } from './application/define-administrative-level';
import { DissolveAgencyHandler } from './application/dissolve-agency';
import { EstablishAdministrativeUnitHandler } from './application/establish-administrative-unit';
import { MergeAdministrativeUnitsHandler } from './application/merge-administrative-units';
import { MergeAgenciesHandler } from './application/merge-agencies';
import { RegisterAgencyHandler } from './application/register-agency';
import { RenameAdministrativeUnitHandler } from './application/rename-administrative-unit';
import { RenameAgencyHandler } from './application/rename-agency';
import { RetireAdministrativeLevelHandler } from './application/retire-administrative-level';
import { TransferAgencyFunctionHandler } from './application/transfer-agency-function';
import { OrganizationsMutationsResolver } from './graphql/organizations.mutations.resolver';
import { OrganizationsQueriesResolver } from './graphql/organizations.queries.resolver';
import { organizationChartProjection } from './projections/organization-chart.projection';
import { OrganizationChartQueries } from './projections/organization-chart.queries';

const commandHandlers = [
  DefineAdministrativeLevelHandler,
  RetireAdministrativeLevelHandler,
  EstablishAdministrativeUnitHandler,
  RenameAdministrativeUnitHandler,
  MergeAdministrativeUnitsHandler,
  RegisterAgencyHandler,
  RenameAgencyHandler,
  MergeAgenciesHandler,
  TransferAgencyFunctionHandler,
  DissolveAgencyHandler,
];

@Module({
  imports: [CqrsModule],
  providers: [...commandHandlers, OrganizationChartQueries, OrganizationsQueriesResolver, OrganizationsMutationsResolver],
})
export class OrganizationsModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    this.projections.register(organizationChartProjection);
  }
}
