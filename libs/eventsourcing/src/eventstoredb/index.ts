export { EventStoreDbEventStore, EventStoreDbEventStoreOptions, EventStoreDbClientPort } from './eventstoredb-event-store';
