import { Migration } from '../sql/migrations';

export const eventStoreMigrations: Migration[] = [
  {
    version: 1,
    name: 'streams and events',
    sql: `
CREATE TABLE es_streams (
  stream_id text PRIMARY KEY,
  revision bigint NOT NULL
);
CREATE TABLE es_events (
  global_position bigserial PRIMARY KEY,
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  stream_id text NOT NULL,
  revision bigint NOT NULL,
  event_id uuid NOT NULL UNIQUE,
  event_type text NOT NULL,
  schema_version integer NOT NULL,
  data jsonb NOT NULL,
  occurred_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor text NOT NULL,
  agency text,
  correlation_id text NOT NULL,
  causation_id text,
  UNIQUE (stream_id, revision)
);
CREATE INDEX es_events_log_order ON es_events (transaction_id, global_position);
`,
  },
];
