import { DynamicModule, Global, Module, OnModuleInit } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { Clock, EventStore } from '@cpp/eventsourcing';
import { EVENT_STORE, ProjectionRegistry } from '@cpp/eventsourcing/nest';
import { DeclareBreakGlassHandler } from './application/declare-break-glass';
import { GrantAccessHandler } from './application/grant-access';
import { IntegrationSenders } from './application/integration-senders';
import { RevokeAccessHandler } from './application/revoke-access';
import { AccessJudge } from './graphql/access-judge';
import { AccessLogInterceptor } from './graphql/access-log.interceptor';
import { AccessLogResolver } from './graphql/access-log.resolver';
import { ACCESS_LOG_STORE, accessLogStore } from './graphql/access-log.store';
import { AccessLogWriter } from './graphql/access-log.writer';
import { AuthGuard } from './graphql/auth.guard';
import { BreakGlassResolver } from './graphql/break-glass.resolver';
import { GrantsResolver } from './graphql/grants.resolver';
import { ReadFilter } from './graphql/read-filter';
import { ScopeRegistry } from './graphql/scope-registry';
import { SearchFilterInterceptor } from './graphql/search-filter.interceptor';
import { DevelopmentSigner } from './identity/development-signer';
import { DevelopmentTokens } from './identity/development-tokens';
import { IdentityOptions } from './identity/identity-options';
import { JwksController } from './identity/jwks.controller';
import { TokenVerifier } from './identity/token-verifier';
import { accessChartProjection } from './projections/access-chart.projection';
import { accessLogProjection } from './projections/access-log.projection';
import { breakGlassProjection } from './projections/break-glass.projection';
import { AccessLogQueries } from './projections/access-log.queries';
import { AccessQueries } from './projections/access.queries';
import { grantsProjection } from './projections/grants.projection';

export interface AccessOptions {
  identity: IdentityOptions;
  /** The PostgreSQL log's database, for the access log's own connection; null keeps it on the shared store. */
  accessLogDatabaseUrl?: string | null;
}

@Global()
@Module({})
export class AccessModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  static forRoot({ identity, accessLogDatabaseUrl = null }: AccessOptions): DynamicModule {
    return {
      module: AccessModule,
      imports: [CqrsModule],
      controllers: [JwksController],
      providers: [
        {
          provide: DevelopmentSigner,
          useFactory: () =>
            identity.jwksUrl ? null : DevelopmentSigner.open(identity.developmentKeyFile ?? 'data/dev-signing-key.json', identity.issuer, identity.audience),
        },
        {
          provide: TokenVerifier,
          inject: [DevelopmentSigner],
          useFactory: (signer: DevelopmentSigner | null) =>
            identity.jwksUrl ? TokenVerifier.remote({ ...identity, jwksUrl: identity.jwksUrl }) : TokenVerifier.local(signer!.jwks(), identity),
        },
        {
          provide: DevelopmentTokens,
          inject: [DevelopmentSigner],
          useFactory: (signer: DevelopmentSigner | null) => (signer ? new DevelopmentTokens(signer) : null),
        },
        AccessQueries,
        ScopeRegistry,
        AccessJudge,
        ReadFilter,
        GrantAccessHandler,
        RevokeAccessHandler,
        IntegrationSenders,
        GrantsResolver,
        {
          provide: ACCESS_LOG_STORE,
          inject: [EVENT_STORE, Clock],
          useFactory: (shared: EventStore, clock: Clock) => accessLogStore(shared, accessLogDatabaseUrl, clock),
        },
        AccessLogWriter,
        AccessLogQueries,
        AccessLogResolver,
        DeclareBreakGlassHandler,
        BreakGlassResolver,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: SearchFilterInterceptor },
        { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor },
      ],
      exports: [DevelopmentTokens, ScopeRegistry, AccessQueries, ReadFilter, IntegrationSenders],
    };
  }

  onModuleInit(): void {
    this.projections.register(grantsProjection, accessChartProjection, accessLogProjection, breakGlassProjection);
  }
}
