export * from './decider-spec';
export * from './event-store.contract';
export * from './test-databases';
