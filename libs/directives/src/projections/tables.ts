import { Migration } from '@cpp/eventsourcing';

/**
 * Documents, their cascade links, tasks (with what became of them), regimes, amendments and
 * ad-hoc requests. issued_year is the year of issue, or the number's year when the date was
 * left blank, so "the documents of 2020" finds both.
 */
export const directivesTables: Migration[] = [
  {
    version: 1,
    name: 'documents, links, tasks, regimes, amendments, ad-hoc requests',
    sql: `
CREATE TABLE directives_documents (
  directive_id text PRIMARY KEY,
  number_raw text NOT NULL,
  number integer,
  number_year integer,
  symbol text NOT NULL,
  type_code text,
  issuer_code text NOT NULL,
  document_type text NOT NULL,
  issuing_agency_id text NOT NULL,
  place text NOT NULL,
  issued_on date,
  issued_year integer,
  signer_name text,
  signer_capacity text,
  subject text NOT NULL,
  recipient_agency_ids jsonb NOT NULL,
  effective_from date,
  programme_period jsonb,
  status text NOT NULL,
  status_from date,
  superseded_by_directive_id text,
  revocation_reason text,
  revoking_document text
);
CREATE INDEX directives_documents_issuer ON directives_documents (issuing_agency_id);
CREATE INDEX directives_documents_year ON directives_documents (issued_year);
CREATE TABLE directives_links (
  directive_id text NOT NULL,
  relation text NOT NULL,
  target_directive_id text NOT NULL,
  PRIMARY KEY (directive_id, relation, target_directive_id)
);
CREATE INDEX directives_links_target ON directives_links (target_directive_id, relation);
CREATE TABLE directives_tasks (
  directive_id text NOT NULL,
  task_id text NOT NULL,
  position integer NOT NULL,
  section text NOT NULL,
  text text NOT NULL,
  lead_agency_id text NOT NULL,
  coordinating_agency_ids jsonb NOT NULL,
  due_date date,
  reporting_regime_ids jsonb NOT NULL,
  status text NOT NULL,
  status_from date,
  PRIMARY KEY (directive_id, task_id)
);
CREATE INDEX directives_tasks_lead ON directives_tasks (lead_agency_id);
CREATE TABLE directives_regimes (
  directive_id text NOT NULL,
  regime_id text NOT NULL,
  position integer NOT NULL,
  title text NOT NULL,
  content text NOT NULL,
  reporting_agency_ids jsonb NOT NULL,
  recipient_agency_id text NOT NULL,
  method text NOT NULL,
  frequency text NOT NULL,
  deadline_month integer,
  deadline_day integer,
  cutoff text NOT NULL,
  active_from date NOT NULL,
  active_until date,
  PRIMARY KEY (directive_id, regime_id)
);
CREATE TABLE directives_amendments (
  directive_id text NOT NULL,
  sequence integer NOT NULL,
  amended_on date NOT NULL,
  amending_document text,
  subject text NOT NULL,
  added_task_ids jsonb NOT NULL,
  changed_task_ids jsonb NOT NULL,
  withdrawn_task_ids jsonb NOT NULL,
  added_regime_ids jsonb NOT NULL,
  PRIMARY KEY (directive_id, sequence)
);
CREATE TABLE directives_ad_hoc_requests (
  directive_id text NOT NULL,
  request_id text NOT NULL,
  regime_id text NOT NULL,
  content text NOT NULL,
  reporting_agency_ids jsonb NOT NULL,
  due_date date NOT NULL,
  requested_on date NOT NULL,
  PRIMARY KEY (directive_id, request_id)
)
`,
  },
];
