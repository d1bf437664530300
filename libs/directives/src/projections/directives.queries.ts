import { Inject, Injectable } from '@nestjs/common';
import { Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { DirectiveDocument, DirectiveTask, DocumentType, ReportingRegime } from '../domain/directive/document';
import { DirectiveStatus } from '../domain/directive/state';
import { DirectiveRelation } from '../domain/directive/events';

export type TaskStatus = 'open' | 'withdrawn' | 'superseded' | 'cancelled';

/** The read model's rows are the published shapes plus where each stands now. */
export interface DirectiveView extends Omit<DirectiveDocument, 'implementsDirectiveIds' | 'basedOnDirectiveIds'> {
  status: DirectiveStatus;
  statusFrom: string | null;
  supersededByDirectiveId: string | null;
  revocationReason: string | null;
  revokingDocument: string | null;
}

export interface TaskView extends DirectiveTask {
  directiveId: string;
  status: TaskStatus;
  statusFrom: string | null;
}

export interface RegimeView extends ReportingRegime {
  directiveId: string;
}

export interface AmendmentView {
  sequence: number;
  amendedOn: string;
  amendingDocument: string | null;
  subject: string;
  addedTaskIds: string[];
  changedTaskIds: string[];
  withdrawnTaskIds: string[];
  addedRegimeIds: string[];
}

export interface AdHocRequestView {
  requestId: string;
  regimeId: string;
  content: string;
  reportingAgencyIds: string[];
  dueDate: string;
  requestedOn: string;
}

/** One step of the cascade: a document and how many links away from the start it is. */
export interface CascadeStepView {
  depth: number;
  directive: DirectiveView;
}

const DOCUMENT_COLUMNS = `d.directive_id, d.number_raw, d.number, d.number_year, d.symbol, d.type_code, d.issuer_code, d.document_type, d.issuing_agency_id, d.place,
  d.issued_on::text AS issued_on, d.signer_name, d.signer_capacity, d.subject, d.recipient_agency_ids, d.effective_from::text AS effective_from, d.programme_period,
  d.status, d.status_from::text AS status_from, d.superseded_by_directive_id, d.revocation_reason, d.revoking_document`;

/** Reads the directives read model; the cascade is walked with recursive queries. */
@Injectable()
export class DirectivesQueries {
  constructor(@Inject(READ_MODEL_SQL) private readonly sql: Sql) {}

  async directive(directiveId: string): Promise<DirectiveView | null> {
    const result = await this.sql.query<Row>(`SELECT ${DOCUMENT_COLUMNS} FROM directives_documents d WHERE d.directive_id = $1`, [directiveId]);
    return result.rows[0] ? toDirective(result.rows[0]) : null;
  }

  async directives(filter: {
    issuingAgencyId?: string | null;
    documentType?: DocumentType | null;
    year?: number | null;
    status?: DirectiveStatus | null;
  }): Promise<DirectiveView[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (column: string, value: unknown) => {
      params.push(value);
      where.push(`${column} = $${params.length}`);
    };
    if (filter.issuingAgencyId) add('d.issuing_agency_id', filter.issuingAgencyId);
    if (filter.documentType) add('d.document_type', filter.documentType);
    if (filter.year) add('d.issued_year', filter.year);
    if (filter.status) add('d.status', filter.status);
    const result = await this.sql.query<Row>(
      `SELECT ${DOCUMENT_COLUMNS} FROM directives_documents d ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.issued_on NULLS LAST, d.directive_id`,
      params,
    );
    return result.rows.map(toDirective);
  }

  /** Documents one link away: up (what it implements or rests on) or down (what implements or rests on it). */
  async linked(directiveId: string, relation: DirectiveRelation, direction: 'up' | 'down'): Promise<DirectiveView[]> {
    const [from, to] = direction === 'up' ? ['directive_id', 'target_directive_id'] : ['target_directive_id', 'directive_id'];
    const result = await this.sql.query<Row>(
      `SELECT ${DOCUMENT_COLUMNS} FROM directives_links l JOIN directives_documents d ON d.directive_id = l.${to}
       WHERE l.${from} = $1 AND l.relation = $2 ORDER BY d.issued_on NULLS LAST, d.directive_id`,
      [directiveId, relation],
    );
    return result.rows.map(toDirective);
  }

  /** The whole cascade above (implements, transitively) or below (implemented by), nearest first. */
  async cascade(directiveId: string, direction: 'up' | 'down'): Promise<CascadeStepView[]> {
    const [from, to] = direction === 'up' ? ['directive_id', 'target_directive_id'] : ['target_directive_id', 'directive_id'];
    const result = await this.sql.query<Row & { depth: number | string }>(
      `WITH RECURSIVE steps (directive_id, depth) AS (
         SELECT l.${to}, 1 FROM directives_links l WHERE l.${from} = $1 AND l.relation = 'implements'
         UNION
         SELECT l.${to}, s.depth + 1 FROM directives_links l JOIN steps s ON l.${from} = s.directive_id WHERE l.relation = 'implements' AND s.depth < 20
       ), nearest AS (SELECT directive_id, MIN(depth) AS depth FROM steps GROUP BY directive_id)
       SELECT n.depth, ${DOCUMENT_COLUMNS} FROM nearest n JOIN directives_documents d ON d.directive_id = n.directive_id
       ORDER BY n.depth, d.issued_on NULLS LAST, d.directive_id`,
      [directiveId],
    );
    return result.rows.map((row) => ({ depth: Number(row.depth), directive: toDirective(row) }));
  }

  async tasks(directiveId: string, filter: { leadAgencyId?: string | null; status?: TaskStatus | null } = {}): Promise<TaskView[]> {
    const params: unknown[] = [directiveId];
    const where = ['directive_id = $1'];
    if (filter.leadAgencyId) {
      params.push(filter.leadAgencyId);
      where.push(`lead_agency_id = $${params.length}`);
    }
    if (filter.status) {
      params.push(filter.status);
      where.push(`status = $${params.length}`);
    }
    const result = await this.sql.query<Row>(
      `SELECT directive_id, task_id, section, text, lead_agency_id, coordinating_agency_ids, due_date::text AS due_date, reporting_regime_ids, status, status_from::text AS status_from
       FROM directives_tasks WHERE ${where.join(' AND ')} ORDER BY position`,
      params,
    );
    return result.rows.map((row) => ({
      directiveId: row.directive_id,
      taskId: row.task_id,
      section: row.section,
      text: row.text,
      leadAgencyId: row.lead_agency_id,
      coordinatingAgencyIds: json(row.coordinating_agency_ids),
      dueDate: row.due_date,
      reportingRegimeIds: json(row.reporting_regime_ids),
      status: row.status,
      statusFrom: row.status_from,
    }));
  }

  async regimes(directiveId: string): Promise<RegimeView[]> {
    const result = await this.sql.query<Row>(
      `SELECT directive_id, regime_id, title, content, reporting_agency_ids, recipient_agency_id, method, frequency, deadline_month, deadline_day, cutoff,
         active_from::text AS active_from, active_until::text AS active_until
       FROM directives_regimes WHERE directive_id = $1 ORDER BY position`,
      [directiveId],
    );
    return result.rows.map((row) => ({
      directiveId: row.directive_id,
      regimeId: row.regime_id,
      title: row.title,
      content: row.content,
      reportingAgencyIds: json(row.reporting_agency_ids),
      recipientAgencyId: row.recipient_agency_id,
      method: row.method,
      frequency: row.frequency,
      deadline: row.deadline_day === null ? null : { month: row.deadline_month === null ? null : Number(row.deadline_month), day: Number(row.deadline_day) },
      cutoff: row.cutoff,
      activeFrom: row.active_from,
      activeUntil: row.active_until,
    }));
  }

  async amendments(directiveId: string): Promise<AmendmentView[]> {
    const result = await this.sql.query<Row>(
      `SELECT sequence, amended_on::text AS amended_on, amending_document, subject, added_task_ids, changed_task_ids, withdrawn_task_ids, added_regime_ids
       FROM directives_amendments WHERE directive_id = $1 ORDER BY sequence`,
      [directiveId],
    );
    return result.rows.map((row) => ({
      sequence: Number(row.sequence),
      amendedOn: row.amended_on,
      amendingDocument: row.amending_document,
      subject: row.subject,
      addedTaskIds: json(row.added_task_ids),
      changedTaskIds: json(row.changed_task_ids),
      withdrawnTaskIds: json(row.withdrawn_task_ids),
      addedRegimeIds: json(row.added_regime_ids),
    }));
  }

  async adHocRequests(directiveId: string): Promise<AdHocRequestView[]> {
    const result = await this.sql.query<Row>(
      `SELECT request_id, regime_id, content, reporting_agency_ids, due_date::text AS due_date, requested_on::text AS requested_on
       FROM directives_ad_hoc_requests WHERE directive_id = $1 ORDER BY requested_on, request_id`,
      [directiveId],
    );
    return result.rows.map((row) => ({
      requestId: row.request_id,
      regimeId: row.regime_id,
      content: row.content,
      reportingAgencyIds: json(row.reporting_agency_ids),
      dueDate: row.due_date,
      requestedOn: row.requested_on,
    }));
  }
}

type Row = Record<string, any>;

function toDirective(row: Row): DirectiveView {
  return {
    directiveId: row.directive_id,
    documentNumber: {
      raw: row.number_raw,
      number: row.number === null ? null : Number(row.number),
      year: row.number_year === null ? null : Number(row.number_year),
      symbol: row.symbol,
      typeCode: row.type_code,
      issuerCode: row.issuer_code,
    },
    documentType: row.document_type,
    issuingAgencyId: row.issuing_agency_id,
    place: row.place,
    issuedOn: row.issued_on,
    signer: { name: row.signer_name, capacity: row.signer_capacity },
    subject: row.subject,
    recipientAgencyIds: json(row.recipient_agency_ids),
    effectiveFrom: row.effective_from,
    programmePeriod: row.programme_period === null ? null : json(row.programme_period),
    status: row.status,
    statusFrom: row.status_from,
    supersededByDirectiveId: row.superseded_by_directive_id,
    revocationReason: row.revocation_reason,
    revokingDocument: row.revoking_document,
  };
}

/** jsonb arrives parsed through node-postgres and PGlite alike, but a text column would not be. */
function json<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
