import { Migration } from '@cpp/eventsourcing';

/**
 * The organisation chart as this context needs it (names, which unit lies inside which), as
 * versions on both axes like the chart itself: valid from one date to another (valid_to
 * exclusive), held by the platform from recorded_from until recorded_to.
 */
export const chartVersionTables: Migration[] = [
  {
    version: 1,
    name: 'unit and agency versions',
    sql: `
CREATE TABLE inspections_unit_versions (
  unit_id text NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  recorded_from timestamptz NOT NULL,
  recorded_to timestamptz,
  name text NOT NULL,
  parent_unit_id text,
  successor_unit_id text,
  PRIMARY KEY (unit_id, valid_from, recorded_from)
);
CREATE INDEX inspections_unit_versions_parent ON inspections_unit_versions (parent_unit_id);
CREATE INDEX inspections_unit_versions_successor ON inspections_unit_versions (successor_unit_id) WHERE successor_unit_id IS NOT NULL;
CREATE TABLE inspections_agency_versions (
  agency_id text NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  recorded_from timestamptz NOT NULL,
  recorded_to timestamptz,
  name text NOT NULL,
  short_name text,
  kind text NOT NULL,
  unit_id text NOT NULL,
  status text NOT NULL,
  PRIMARY KEY (agency_id, valid_from, recorded_from)
)
`,
  },
  {
    version: 2,
    // The copy this one replaced (inspections.known-organisation) left its tables, its
    // checkpoint and its migrations' record behind on databases that ran it. The checkpoint
    // table is the kernel's and exists wherever the runner migrates; a replay migrating this
    // projection alone has none, hence the guard.
    name: 'forget inspections.known-organisation',
    sql: `
DROP TABLE IF EXISTS inspections_known_units;
DROP TABLE IF EXISTS inspections_known_agencies;
DELETE FROM schema_migrations WHERE component = 'projection:inspections.known-organisation';
DO $$ BEGIN IF to_regclass('projection_checkpoints') IS NOT NULL THEN DELETE FROM projection_checkpoints WHERE projection = 'inspections.known-organisation'; END IF; END $$
`,
  },
];

/**
 * Inspections and what came of them. Findings, recommendations and sanctions get their own
 * rows so the committee can read the history of findings across inspections (by target,
 * agency, locality, theme, period) without opening each inspection.
 */
export const inspectionRegisterTables: Migration[] = [
  {
    version: 1,
    name: 'inspections, targets, findings, recommendations, sanctions',
    sql: `
CREATE TABLE inspections_inspections (
  inspection_id text PRIMARY KEY,
  kind text NOT NULL,
  title text NOT NULL,
  theme text NOT NULL,
  lead_agency_id text NOT NULL,
  member_agency_ids jsonb NOT NULL,
  members jsonb NOT NULL,
  period_from date NOT NULL,
  period_to date NOT NULL,
  plan_document jsonb NOT NULL,
  outline_document jsonb NOT NULL,
  planned_on date NOT NULL,
  status text NOT NULL,
  started_on date,
  conclusion_status text NOT NULL DEFAULT 'none',
  conclusion_summary text,
  drafted_on date,
  appraisal_opinion text,
  appraised_on date,
  appraised_by text,
  conclusion_number text,
  concluded_on date
);
CREATE TABLE inspections_participants (
  inspection_id text NOT NULL,
  agency_id text NOT NULL,
  role text NOT NULL,
  PRIMARY KEY (inspection_id, agency_id)
);
CREATE INDEX inspections_participants_agency ON inspections_participants (agency_id);
CREATE TABLE inspections_targets (
  inspection_id text NOT NULL,
  target_id text NOT NULL,
  position integer NOT NULL,
  kind text NOT NULL,
  name text NOT NULL,
  unit_id text NOT NULL,
  agency_id text,
  PRIMARY KEY (inspection_id, target_id)
);
CREATE TABLE inspections_findings (
  inspection_id text NOT NULL,
  finding_id text NOT NULL,
  target_id text NOT NULL,
  criterion_code text NOT NULL,
  criterion text NOT NULL,
  legal_basis text NOT NULL,
  conformity text NOT NULL,
  severity text,
  description text NOT NULL,
  evidence jsonb NOT NULL,
  observed_on date NOT NULL,
  revision integer NOT NULL,
  recorded_by text NOT NULL,
  revised_by text,
  recurrence_of_inspection_id text,
  recurrence_of_finding_id text,
  recurrence_of_observed_on date,
  recorded_position bigint NOT NULL,
  PRIMARY KEY (inspection_id, finding_id)
);
CREATE INDEX inspections_findings_recurrence ON inspections_findings (target_id, criterion_code, observed_on);
CREATE INDEX inspections_findings_newest ON inspections_findings (observed_on DESC, recorded_position DESC);
CREATE TABLE inspections_recommendations (
  inspection_id text NOT NULL,
  recommendation_id text NOT NULL,
  responsible_agency_id text NOT NULL,
  issuing_agency_id text NOT NULL,
  corrective_action text NOT NULL,
  due_date date NOT NULL,
  issued_on date NOT NULL,
  status text NOT NULL,
  reported_action text,
  reported_on date,
  verification text,
  closed_on date,
  reopen_reason text,
  reopened_on date,
  times_reopened integer NOT NULL DEFAULT 0,
  issued_position bigint NOT NULL,
  PRIMARY KEY (inspection_id, recommendation_id)
);
CREATE INDEX inspections_recommendations_agency ON inspections_recommendations (responsible_agency_id, status, due_date);
CREATE TABLE inspections_recommendation_findings (
  inspection_id text NOT NULL,
  recommendation_id text NOT NULL,
  finding_id text NOT NULL,
  PRIMARY KEY (inspection_id, recommendation_id, finding_id)
);
CREATE INDEX inspections_recommendation_findings_finding ON inspections_recommendation_findings (inspection_id, finding_id);
CREATE TABLE inspections_sanctions (
  inspection_id text NOT NULL,
  sanction_id text NOT NULL,
  target_id text NOT NULL,
  finding_ids jsonb NOT NULL,
  person_role text NOT NULL,
  person_name text NOT NULL,
  measure text NOT NULL,
  legal_basis text NOT NULL,
  decision_number text NOT NULL,
  decided_on date NOT NULL,
  PRIMARY KEY (inspection_id, sanction_id)
)
`,
  },
];

/**
 * Every recorded version of each finding and recommendation (bitemporal: `observed_on`,
 * `issued_on`... are the facts' own dates, `recorded_from`/`recorded_to` when the platform knew
 * that version), so the history of findings as known at an instant is one indexed read. The
 * columns repeat the register's so one query text serves both.
 */
export const findingVersionTables: Migration[] = [
  {
    version: 1,
    name: 'finding and recommendation versions',
    sql: `
CREATE TABLE inspections_finding_versions (
  finding_key text NOT NULL,
  version integer NOT NULL,
  recorded_from timestamptz NOT NULL,
  recorded_to timestamptz,
  inspection_id text NOT NULL,
  finding_id text NOT NULL,
  target_id text NOT NULL,
  criterion_code text NOT NULL,
  criterion text NOT NULL,
  legal_basis text NOT NULL,
  conformity text NOT NULL,
  severity text,
  description text NOT NULL,
  evidence jsonb NOT NULL,
  observed_on date NOT NULL,
  revision integer NOT NULL,
  recorded_by text NOT NULL,
  revised_by text,
  recurrence_of_inspection_id text,
  recurrence_of_finding_id text,
  recurrence_of_observed_on date,
  recorded_position bigint NOT NULL,
  state jsonb NOT NULL,
  PRIMARY KEY (finding_key, version)
);
CREATE INDEX inspections_finding_versions_known ON inspections_finding_versions (recorded_from, recorded_to);
CREATE INDEX inspections_finding_versions_target ON inspections_finding_versions (target_id, recorded_from);
CREATE INDEX inspections_finding_versions_newest ON inspections_finding_versions (observed_on DESC, recorded_position DESC);
CREATE TABLE inspections_recommendation_versions (
  recommendation_key text NOT NULL,
  version integer NOT NULL,
  recorded_from timestamptz NOT NULL,
  recorded_to timestamptz,
  inspection_id text NOT NULL,
  recommendation_id text NOT NULL,
  finding_ids text[] NOT NULL,
  responsible_agency_id text NOT NULL,
  issuing_agency_id text NOT NULL,
  corrective_action text NOT NULL,
  due_date date NOT NULL,
  issued_on date NOT NULL,
  status text NOT NULL,
  reported_action text,
  reported_on date,
  verification text,
  closed_on date,
  reopen_reason text,
  reopened_on date,
  times_reopened integer NOT NULL,
  issued_position bigint NOT NULL,
  state jsonb NOT NULL,
  PRIMARY KEY (recommendation_key, version)
);
CREATE INDEX inspections_recommendation_versions_inspection ON inspections_recommendation_versions (inspection_id, recorded_from);
CREATE INDEX inspections_recommendation_versions_agency ON inspections_recommendation_versions (responsible_agency_id, recorded_from)
`,
  },
];
