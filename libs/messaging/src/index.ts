/**
 * The boundary with agency systems: the integration bus port and its adapters (in-process,
 * Kafka), the protobuf contracts' codecs, ingest (agency messages → commands) and the relay
 * (committed public events → agency topics).
 */
export * from './contracts/contracts';
export * from './contracts/envelope-codec';
export * from './contracts/headers';
export * from './bus/integration-bus';
export * from './bus/in-process-bus';
export * from './bus/integration-bus-from-env';
export * from './retry/backoff';
export * from './retry/retry-transient';
export * from './ingest/rejection';
export * from './ingest/agency-authorization';
export * from './ingest/require-known-agency';
export * from './ingest/inbound-context';
export * from './ingest/inbound-handlers';
export * from './ingest/validate-inbound';
export * from './ingest/processed-messages';
export * from './ingest/dead-letter';
export * from './ingest/ingest-consumer';
export * from './relay/outbound-mappers';
export * from './relay/outbound-record';
export * from './relay/relay-failure';
export * from './relay/relay';
