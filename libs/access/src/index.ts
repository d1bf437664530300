export * from './domain/actor';
export * from './tokens/token.service';
export * from './graphql/public.decorator';
export * from './graphql/roles.decorator';
export * from './graphql/current-actor.decorator';
export * from './access.module';
