import { Migration } from '@cpp/eventsourcing';

/**
 * The organisation chart as versions: one row per agency (or unit) per period in which it
 * stood unchanged, so "as it stood on a date" is one range lookup. valid_to is exclusive.
 * Since version 2 it is bitemporal: a row also carries the recorded interval in which the
 * platform held it true (recorded_to set when a later event superseded it), so "the chart on
 * a date as known at an instant" is one range lookup too.
 */
export const organizationTables: Migration[] = [
  {
    version: 1,
    name: 'levels, unit versions and agency versions',
    sql: `
CREATE TABLE org_levels (
  level_code text PRIMARY KEY,
  name text NOT NULL,
  rank integer NOT NULL,
  retired_from date
);
CREATE TABLE org_unit_versions (
  unit_id text NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  name text NOT NULL,
  level_code text NOT NULL,
  parent_unit_id text,
  status text NOT NULL,
  successor_unit_id text,
  PRIMARY KEY (unit_id, valid_from)
);
CREATE INDEX org_unit_versions_parent ON org_unit_versions (parent_unit_id, valid_from);
CREATE TABLE org_agency_versions (
  agency_id text NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  name text NOT NULL,
  short_name text,
  kind text NOT NULL,
  unit_id text NOT NULL,
  parent_agency_id text,
  functions jsonb NOT NULL,
  status text NOT NULL,
  successor_agency_id text,
  predecessor_agency_ids jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (agency_id, valid_from)
);
CREATE INDEX org_agency_versions_unit ON org_agency_versions (unit_id, valid_from)
`,
  },
  {
    version: 2,
    name: 'recorded intervals of unit and agency versions',
    sql: `
ALTER TABLE org_unit_versions ADD COLUMN recorded_from timestamptz NOT NULL DEFAULT '-infinity', ADD COLUMN recorded_to timestamptz;
ALTER TABLE org_unit_versions DROP CONSTRAINT org_unit_versions_pkey, ADD PRIMARY KEY (unit_id, valid_from, recorded_from);
ALTER TABLE org_agency_versions ADD COLUMN recorded_from timestamptz NOT NULL DEFAULT '-infinity', ADD COLUMN recorded_to timestamptz;
ALTER TABLE org_agency_versions DROP CONSTRAINT org_agency_versions_pkey, ADD PRIMARY KEY (agency_id, valid_from, recorded_from);
ALTER TABLE org_unit_versions ALTER COLUMN recorded_from DROP DEFAULT;
ALTER TABLE org_agency_versions ALTER COLUMN recorded_from DROP DEFAULT;
CREATE INDEX org_unit_versions_known ON org_unit_versions (recorded_from, recorded_to);
CREATE INDEX org_agency_versions_known ON org_agency_versions (recorded_from, recorded_to)
`,
  },
];
