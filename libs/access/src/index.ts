/**
 * The access model: who (a verified token), what (grants, as events) and where (scopes the
 * contexts place their records in). Contexts use the decorators and register scope resolvers.
 */
export type { Actor, AuthorizedActor } from './domain/actor';
export { GRANT_ROLES, rolesConferred } from './domain/roles';
export type { GrantRole, Role } from './domain/roles';
export type { TargetScope } from './domain/scope';
export type { AccessGranted, AccessRevoked, GrantEvent } from './domain/grant/events';
export { GRANT_EVENT_TYPES } from './domain/grant/events';
export { grantStream } from './domain/grant/grant.decider';
export { GrantAccessCommand } from './application/grant-access';
export type { GrantAccessPayload } from './application/grant-access';
export { RevokeAccessCommand } from './application/revoke-access';
export { IntegrationSenders } from './application/integration-senders';
export type { SenderAgreements } from './application/integration-senders';
export type { SenderDecision } from './domain/integration/sender-agreement';
export type { IdentityOptions } from './identity/identity-options';
export { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER, ACCEPTED_ALGORITHMS } from './identity/identity-options';
export { DevelopmentTokens } from './identity/development-tokens';
export { Public } from './graphql/public.decorator';
export { RequireRoles } from './graphql/roles.decorator';
export { Reads, Searches, Writes } from './graphql/access.decorator';
export type { SearchFilter } from './graphql/access.decorator';
export { ReadFilter } from './graphql/read-filter';
export type { AuthenticatedRequest } from './graphql/request-context';
export { ProtectedRead } from './graphql/protected-read.decorator';
export type { ProtectedDataRead } from './domain/access-log/events';
export { ACCESS_LOG_EVENT_TYPES } from './domain/access-log/events';
export { ScopeRegistry } from './graphql/scope-registry';
export type { ScopeResolver } from './graphql/scope-registry';
export { CurrentActor, RequestContext } from './graphql/current-actor.decorator';
export { AccessModule } from './access.module';
export type { AccessOptions } from './access.module';
export { AccessLogWriter } from './graphql/access-log.writer';
export { accessLogStore } from './graphql/access-log.store';
export type { AccessLogStore } from './graphql/access-log.store';
