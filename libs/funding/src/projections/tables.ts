import { Migration } from '@cpp/eventsourcing';

/** One row per budget line with its running figures (numeric: integer đồng, exact), and its ledger entries. */
export const ledgerTables: Migration[] = [
  {
    version: 1,
    name: 'budget lines and ledger entries',
    sql: `
CREATE TABLE funding_budget_lines (
  line_id text PRIMARY KEY,
  fiscal_year integer NOT NULL,
  level text NOT NULL,
  agency_id text NOT NULL,
  province_id text,
  finance_agency_id text NOT NULL,
  treasury_agency_id text NOT NULL,
  source_kind text NOT NULL,
  programme text,
  donor text,
  directive_id text,
  task_section text,
  classification jsonb NOT NULL,
  purpose text NOT NULL,
  status text NOT NULL,
  estimated numeric(20, 0) NOT NULL,
  decided numeric(20, 0),
  allocated numeric(20, 0) NOT NULL DEFAULT 0,
  committed numeric(20, 0) NOT NULL DEFAULT 0,
  paid numeric(20, 0) NOT NULL DEFAULT 0,
  advanced numeric(20, 0) NOT NULL DEFAULT 0,
  carried_over numeric(20, 0) NOT NULL DEFAULT 0,
  cancelled numeric(20, 0) NOT NULL DEFAULT 0,
  settled numeric(20, 0),
  disclosures jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX funding_budget_lines_year_province ON funding_budget_lines (fiscal_year, province_id);
CREATE INDEX funding_budget_lines_agency ON funding_budget_lines (agency_id, fiscal_year);
CREATE INDEX funding_budget_lines_directive ON funding_budget_lines (directive_id);
CREATE TABLE funding_ledger_entries (
  line_id text NOT NULL,
  entry_id text NOT NULL,
  kind text NOT NULL,
  amount numeric(20, 0) NOT NULL,
  reference text,
  entered_on date NOT NULL,
  reverses_entry_id text,
  reversed boolean NOT NULL DEFAULT false,
  position bigint NOT NULL,
  PRIMARY KEY (line_id, entry_id)
)
`,
  },
];

/** Funds, their cash balance per purpose, donations received and distributions made. */
export const fundTables: Migration[] = [
  {
    version: 1,
    name: 'funds, balances, donations and distributions',
    sql: `
CREATE TABLE funding_funds (
  fund_id text PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL,
  managing_agency_id text NOT NULL,
  superior_agency_id text NOT NULL,
  unit_id text NOT NULL,
  disclosed_periods jsonb NOT NULL DEFAULT '[]'
);
CREATE TABLE funding_fund_balances (
  fund_id text NOT NULL,
  purpose text NOT NULL,
  cash numeric(20, 0) NOT NULL DEFAULT 0,
  PRIMARY KEY (fund_id, purpose)
);
CREATE TABLE funding_donations (
  fund_id text NOT NULL,
  donation_id text NOT NULL,
  donor_kind text NOT NULL,
  donor_name text,
  purpose text NOT NULL,
  form text NOT NULL,
  amount numeric(20, 0),
  items jsonb NOT NULL,
  estimated_value numeric(20, 0) NOT NULL,
  receipt_minute text NOT NULL,
  received_on date NOT NULL,
  status text NOT NULL,
  quality text,
  PRIMARY KEY (fund_id, donation_id)
);
CREATE TABLE funding_distributions (
  fund_id text NOT NULL,
  distribution_id text NOT NULL,
  purpose text NOT NULL,
  recipient_kind text NOT NULL,
  recipient_id text NOT NULL,
  recipient_name text NOT NULL,
  especially_difficult boolean NOT NULL,
  cash numeric(20, 0) NOT NULL,
  goods jsonb NOT NULL,
  goods_value numeric(20, 0) NOT NULL,
  decision text NOT NULL,
  distributed_on date NOT NULL,
  PRIMARY KEY (fund_id, distribution_id)
);
CREATE INDEX funding_distributions_recipient ON funding_distributions (recipient_kind, recipient_id)
`,
  },
];
