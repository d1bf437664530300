import { Migration } from '@cpp/eventsourcing';

/**
 * This context's own view of the organisation chart, from organizations' published events:
 * enough to tell whether an agency exists, whom it was merged into, and which units lie
 * inside its jurisdiction. It never reads the organizations context's tables.
 */
export const directoryTables: Migration[] = [
  {
    version: 1,
    name: 'known agencies and units',
    sql: `
CREATE TABLE assignments_known_units (
  unit_id text PRIMARY KEY,
  parent_unit_id text,
  status text NOT NULL,
  successor_unit_id text
);
CREATE TABLE assignments_known_agencies (
  agency_id text PRIMARY KEY,
  name text NOT NULL,
  unit_id text NOT NULL,
  status text NOT NULL,
  successor_agency_id text,
  changed_on date NOT NULL,
  decision text
);
CREATE INDEX assignments_known_agencies_unit ON assignments_known_agencies (unit_id)
`,
  },
];

/**
 * One row per obligation: the decider's state as it stands (`state`, for the fold and the
 * nested history the API shows), the columns queries filter on, and the listing's columns
 * (obligation-listing.ts) that lists read instead of parsing `state`. The obligations query reads one agency's rows by
 * due date; the deadline monitor reads open rows by due date.
 */
export const obligationTables: Migration[] = [
  {
    version: 1,
    name: 'obligations',
    sql: `
CREATE TABLE assignments_obligations (
  obligation_id text PRIMARY KEY,
  kind text NOT NULL,
  assignee_agency_id text NOT NULL,
  recipient_agency_id text,
  directive_id text,
  period_label text,
  period_year integer,
  due_date date NOT NULL,
  original_due_date date NOT NULL,
  status text NOT NULL,
  submitted_late boolean,
  overdue_recorded boolean NOT NULL,
  approaching_recorded boolean NOT NULL,
  state jsonb NOT NULL
);
CREATE INDEX assignments_obligations_assignee_due ON assignments_obligations (assignee_agency_id, due_date);
CREATE INDEX assignments_obligations_open_due ON assignments_obligations (due_date) WHERE status = 'open';
CREATE INDEX assignments_obligations_directive ON assignments_obligations (directive_id)
`,
  },
  {
    // Backfilled from each row's state (obligation-listing.ts's listingOf in SQL): an existing
    // deployment needs no rebuild.
    version: 2,
    name: 'obligation listing columns',
    sql: `
ALTER TABLE assignments_obligations
  ADD COLUMN title text,
  ADD COLUMN original_assignee_agency_id text,
  ADD COLUMN late_against_original boolean,
  ADD COLUMN extended boolean,
  ADD COLUMN on_time boolean,
  ADD COLUMN opened_on date,
  ADD COLUMN fulfilled_on date,
  ADD COLUMN closed_on date;
UPDATE assignments_obligations SET
  title = state->>'title',
  original_assignee_agency_id = state->>'originalAssigneeAgencyId',
  late_against_original = (
    SELECT (submission->>'lateAgainstOriginal')::boolean FROM jsonb_array_elements(state->'submissions') WITH ORDINALITY AS s(submission, n)
    WHERE submission->>'timeliness' <> 'resubmission' ORDER BY n DESC LIMIT 1),
  extended = jsonb_path_exists(state, '$.deadlineChanges[*] ? (@.kind == "extension")'),
  on_time = CASE status WHEN 'done' THEN (state->'fulfilment'->>'onTime')::boolean WHEN 'submitted' THEN coalesce(submitted_late = false, false) END,
  opened_on = (state->>'openedOn')::date,
  fulfilled_on = (state->'fulfilment'->>'fulfilledOn')::date,
  closed_on = (state->'closure'->>'effectiveFrom')::date;
ALTER TABLE assignments_obligations
  ALTER COLUMN title SET NOT NULL,
  ALTER COLUMN original_assignee_agency_id SET NOT NULL,
  ALTER COLUMN extended SET NOT NULL,
  ALTER COLUMN opened_on SET NOT NULL
`,
  },
];

export const taskTables: Migration[] = [
  {
    version: 1,
    name: 'tasks',
    sql: `
CREATE TABLE assignments_tasks (
  task_id text PRIMARY KEY,
  directive_id text NOT NULL,
  assignee_agency_id text NOT NULL,
  status text NOT NULL,
  state jsonb NOT NULL
);
CREATE INDEX assignments_tasks_directive ON assignments_tasks (directive_id);
CREATE INDEX assignments_tasks_assignee ON assignments_tasks (assignee_agency_id)
`,
  },
];

/** Which directives have open-ended regimes, and how far their periods reach (for the monitor). */
export const planTables: Migration[] = [
  {
    version: 1,
    name: 'directive plans',
    sql: `
CREATE TABLE assignments_directive_plans (
  directive_id text PRIMARY KEY,
  status text NOT NULL,
  open_ended boolean NOT NULL,
  horizon date NOT NULL
)
`,
  },
];

/** One row per refused reaction: what a steering committee member or an administrator must look into. */
export const refusalTables: Migration[] = [
  {
    version: 1,
    name: 'reaction refusals',
    sql: `
CREATE TABLE assignments_reaction_refusals (
  cause_event_id text PRIMARY KEY,
  cause_event_type text NOT NULL,
  cause_stream_id text NOT NULL,
  command text,
  code text NOT NULL,
  message text NOT NULL,
  refused_at timestamptz NOT NULL
);
CREATE INDEX assignments_reaction_refusals_refused_at ON assignments_reaction_refusals (refused_at)
`,
  },
];

/**
 * Every version of every obligation, with the recorded interval it was what the platform knew
 * (bitemporal: the obligation's own dates are in its columns, `recorded_from`/`recorded_to`
 * say when the platform learned and stopped holding that version). `asOf` reads these: one
 * agency's obligations at an instant are an index range on (assignee, recorded_from).
 */
export const obligationVersionTables: Migration[] = [
  {
    version: 1,
    name: 'obligation versions',
    sql: `
CREATE TABLE assignments_obligation_versions (
  obligation_id text NOT NULL,
  version integer NOT NULL,
  recorded_from timestamptz NOT NULL,
  recorded_to timestamptz,
  kind text NOT NULL,
  assignee_agency_id text NOT NULL,
  recipient_agency_id text,
  directive_id text,
  period_label text,
  period_year integer,
  due_date date NOT NULL,
  original_due_date date NOT NULL,
  status text NOT NULL,
  submitted_late boolean,
  overdue_recorded boolean NOT NULL,
  approaching_recorded boolean NOT NULL,
  state jsonb NOT NULL,
  PRIMARY KEY (obligation_id, version)
);
CREATE UNIQUE INDEX assignments_obligation_versions_current ON assignments_obligation_versions (obligation_id) WHERE recorded_to IS NULL;
CREATE INDEX assignments_obligation_versions_assignee ON assignments_obligation_versions (assignee_agency_id, recorded_from);
CREATE INDEX assignments_obligation_versions_directive ON assignments_obligation_versions (directive_id, recorded_from)
`,
  },
];

/** Every version of every task, with its recorded interval (see obligation versions). */
export const taskVersionTables: Migration[] = [
  {
    version: 1,
    name: 'task versions',
    sql: `
CREATE TABLE assignments_task_versions (
  task_id text NOT NULL,
  version integer NOT NULL,
  recorded_from timestamptz NOT NULL,
  recorded_to timestamptz,
  directive_id text NOT NULL,
  assignee_agency_id text NOT NULL,
  status text NOT NULL,
  state jsonb NOT NULL,
  PRIMARY KEY (task_id, version)
);
CREATE UNIQUE INDEX assignments_task_versions_current ON assignments_task_versions (task_id) WHERE recorded_to IS NULL;
CREATE INDEX assignments_task_versions_directive ON assignments_task_versions (directive_id, recorded_from);
CREATE INDEX assignments_task_versions_assignee ON assignments_task_versions (assignee_agency_id, recorded_from)
`,
  },
];
