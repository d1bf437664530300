import { Migration } from '@cpp/eventsourcing';

/** Forums, with their participants as counts only. */
export const forumTables: Migration[] = [
  {
    version: 1,
    name: 'forums',
    sql: `
CREATE TABLE forum_forums (
  forum_id text PRIMARY KEY,
  level text NOT NULL,
  edition text NOT NULL,
  title text NOT NULL,
  theme text NOT NULL,
  organiser_agency_id text NOT NULL,
  locality_unit_id text NOT NULL,
  held_on date NOT NULL,
  parent_forum_id text,
  previous_forum_id text,
  response_days integer NOT NULL,
  participants jsonb NOT NULL,
  participant_total integer NOT NULL
);
CREATE INDEX forum_forums_previous ON forum_forums (previous_forum_id)
`,
  },
];

/** Recommendations and what became of them: the follow-up report reads only this table. */
export const recommendationTables: Migration[] = [
  {
    version: 1,
    name: 'recommendations',
    sql: `
CREATE TABLE forum_recommendations (
  recommendation_id text PRIMARY KEY,
  forum_id text NOT NULL,
  raised_by text NOT NULL,
  theme text NOT NULL,
  text text NOT NULL,
  raised_on date NOT NULL,
  responsible_agency_id text,
  summary text,
  forwarded_on date,
  due_date date,
  decision text,
  answer text,
  reason text,
  answered_on date,
  answering_agency_id text,
  implementation_status text,
  implementation_note text,
  implementation_reason text,
  implementation_reported_on date,
  escalated_to_forum_id text,
  escalated_on date
);
CREATE INDEX forum_recommendations_forum ON forum_recommendations (forum_id);
CREATE INDEX forum_recommendations_escalated ON forum_recommendations (escalated_to_forum_id)
`,
  },
];

/**
 * Delegates as pseudonymous rows. Personal fields are held only as their sealed values
 * (ciphertext), and dropped from the row when the subject is erased.
 */
export const delegateTables: Migration[] = [
  {
    version: 1,
    name: 'delegates',
    sql: `
CREATE TABLE forum_delegates (
  delegate_id text PRIMARY KEY,
  subject_id text NOT NULL,
  forum_id text NOT NULL,
  to_forum_id text NOT NULL,
  age_band text NOT NULL,
  sex text NOT NULL,
  ethnicity text NOT NULL,
  locality_unit_id text NOT NULL,
  selecting_body text NOT NULL,
  consent_reference text NOT NULL,
  selected_on date NOT NULL,
  child_consent boolean NOT NULL,
  guardian_consent boolean NOT NULL,
  status text NOT NULL,
  sealed_fields jsonb NOT NULL,
  erased_fields jsonb NOT NULL
);
CREATE INDEX forum_delegates_subject ON forum_delegates (subject_id);
CREATE INDEX forum_delegates_forum ON forum_delegates (forum_id);
CREATE INDEX forum_delegates_to_forum ON forum_delegates (to_forum_id)
`,
  },
];
