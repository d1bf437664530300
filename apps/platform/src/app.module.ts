import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { EventSourcingInfrastructure, EventSourcingModule, GraphqlErrorFilter, InputBoundaryPipe, PersonalDataModule } from '@cpp/eventsourcing/nest';
import { AccessModule } from '@cpp/access';
import { OrganizationsModule } from '@cpp/organizations';
import { AssignmentsModule } from '@cpp/assignments';
import { InspectionsModule } from '@cpp/inspections';
import { DirectivesModule } from '@cpp/directives';
import { ForumModule } from '@cpp/forum';
import { FundingModule } from '@cpp/funding';
import { PlatformConfig } from './config/platform-config';
import { HealthController } from './health/health.controller';
import { documentLimitsPlugin } from './graphql/document-limits.plugin';
import { StreamHistoryAccessScopes } from './history/stream-history.access';
import { StreamHistoryResolver } from './history/stream-history.resolver';
import { IntegrationModule } from './integration/integration.module';

/** Every bounded context the platform runs, in one list. */
export const CONTEXT_MODULES = [OrganizationsModule, InspectionsModule, DirectivesModule, AssignmentsModule, ForumModule, FundingModule];

@Module({})
export class AppModule {
  static forRoot(config: PlatformConfig, infrastructure: EventSourcingInfrastructure): DynamicModule {
    return {
      module: AppModule,
      imports: [
        EventSourcingModule.forRoot(infrastructure),
        PersonalDataModule.forRoot(),
        // The access log gets its own connection when the log is on PostgreSQL (not on EventStoreDB, not PGlite).
        AccessModule.forRoot({ identity: config.identity, accessLogDatabaseUrl: config.eventStoreDbUrl ? null : config.databaseUrl }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          includeStacktraceInErrorResponses: false,
          context: ({ req }: { req: unknown }) => ({ req }),
          plugins: [documentLimitsPlugin()],
        }),
        ...CONTEXT_MODULES,
        IntegrationModule.forRoot(config),
      ],
      controllers: [HealthController],
      providers: [
        StreamHistoryResolver,
        StreamHistoryAccessScopes,
        // Pipes run in this order on every resolver argument: the input boundary, then validation.
        { provide: APP_PIPE, useClass: InputBoundaryPipe },
        { provide: APP_PIPE, useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }) },
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
      ],
    };
  }
}
