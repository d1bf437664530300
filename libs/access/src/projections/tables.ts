import { Migration } from '@cpp/eventsourcing';

/**
 * Grants as they stand, and the organisation chart as access needs it (a unit's parent, an
 * agency's unit and successor), learnt from organizations' published events, never its tables.
 */
export const accessTables: Migration[] = [
  {
    version: 1,
    name: 'grants and the chart access judges them against',
    sql: `
CREATE TABLE access_grants (
  grant_id text PRIMARY KEY,
  subject text NOT NULL,
  role text NOT NULL,
  agency_id text,
  jurisdiction_unit_id text,
  valid_from date NOT NULL,
  valid_to date,
  revoked_on date,
  granted_by text NOT NULL
);
CREATE INDEX access_grants_subject ON access_grants (subject);
CREATE TABLE access_units (
  unit_id text PRIMARY KEY,
  parent_unit_id text,
  successor_unit_id text
);
CREATE TABLE access_agencies (
  agency_id text PRIMARY KEY,
  unit_id text NOT NULL,
  successor_agency_id text,
  ended_on date
);`,
  },
  {
    version: 2,
    name: 'break-the-glass declarations',
    sql: `
CREATE TABLE access_break_glass (
  declaration_id text PRIMARY KEY,
  subject text NOT NULL,
  agency_id text NOT NULL,
  reason text NOT NULL,
  until timestamptz NOT NULL
);
CREATE INDEX access_break_glass_subject ON access_break_glass (subject, agency_id, until);`,
  },
  {
    version: 3,
    name: 'the chart version readers cache the chart under',
    // Bumped by the chart projection with every chart change it applies, in the same transaction;
    // never truncated by a rebuild (it only grows), so a cached chart is never served after a change.
    sql: `
CREATE TABLE access_chart_version (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version bigint NOT NULL
);
INSERT INTO access_chart_version (version) VALUES (0);`,
  },
  {
    version: 4,
    name: "a sender's grants for one agency",
    sql: `CREATE INDEX access_grants_subject_agency ON access_grants (subject, agency_id);`,
  },
];

/** The access log as auditors query it: by person, by record, by period. */
export const accessLogTables: Migration[] = [
  {
    version: 1,
    name: 'reads of protected data',
    sql: `
CREATE TABLE access_log (
  event_id text PRIMARY KEY,
  log_position bigint NOT NULL,
  read_at timestamptz NOT NULL,
  subject text NOT NULL,
  agency_id text,
  operation text NOT NULL,
  protected_data text NOT NULL,
  records jsonb NOT NULL,
  correlation_id text NOT NULL,
  break_glass jsonb
);
CREATE INDEX access_log_subject ON access_log (subject, read_at);
CREATE INDEX access_log_read_at ON access_log (read_at);
CREATE INDEX access_log_records ON access_log USING gin (records jsonb_path_ops);`,
  },
];
