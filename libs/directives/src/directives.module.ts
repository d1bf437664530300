import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRegistry } from '@cpp/eventsourcing/nest';
import { AmendDirectiveHandler } from './application/amend-directive';
import { IssueDirectiveHandler } from './application/issue-directive';
import { LinkDirectiveHandler } from './application/link-directive';
import { RequestAdHocReportHandler } from './application/request-ad-hoc-report';
import { RevokeDirectiveHandler } from './application/revoke-directive';
import { SupersedeDirectiveHandler } from './application/supersede-directive';
import { DirectivesMutationsResolver } from './graphql/directives.mutations.resolver';
import { DirectivesQueriesResolver } from './graphql/directives.queries.resolver';
import { directivesProjection } from './projections/directives.projection';
import { DirectivesQueries } from './projections/directives.queries';
import { DirectivesAccessScopes } from './graphql/directives.access';

const commandHandlers = [
  IssueDirectiveHandler,
  LinkDirectiveHandler,
  AmendDirectiveHandler,
  SupersedeDirectiveHandler,
  RevokeDirectiveHandler,
  RequestAdHocReportHandler,
];

@Module({
  imports: [CqrsModule],
  providers: [...commandHandlers, DirectivesQueries, DirectivesQueriesResolver, DirectivesMutationsResolver, DirectivesAccessScopes],
})
export class DirectivesModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    this.projections.register(directivesProjection);
  }
}
