export * from './tokens';
export * from './projection-registry';
export * from './projections.service';
export * from './domain-error.filter';
export * from './event-sourcing.module';
export * from './command-receipts';
export * from './graphql/command-receipt.type';
export * from './graphql/stream-event.type';
