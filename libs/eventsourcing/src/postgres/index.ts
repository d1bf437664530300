export * from './postgres-event-store';
export * from './node-postgres-sql';
