import { Inject, Injectable } from '@nestjs/common';
import { Clock, knownAtSql, Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { Instant, instantOf, stoodSql } from './chart-instant';
import { FollowUpCountView, FollowUpStatus, RecommendationView } from './views';

/** `$1` of every query here is the instant's date (what is overdue, which chart stood), `$2` the instant of knowledge when asked as of one. */
const FOLLOW_UP_STATUS = `CASE WHEN r.status IN ('open', 'reopened') AND r.due_date < $1::date THEN 'overdue' ELSE r.status END`;

const columns = (
  findingIds: string,
) => `r.inspection_id, r.recommendation_id, r.responsible_agency_id, a.name AS responsible_agency_name, r.issuing_agency_id, r.corrective_action,
  r.due_date::text AS due_date, r.issued_on::text AS issued_on, ${FOLLOW_UP_STATUS} AS follow_up_status, r.reported_action, r.reported_on::text AS reported_on,
  r.verification, r.closed_on::text AS closed_on, r.reopen_reason, r.reopened_on::text AS reopened_on, r.times_reopened, ${findingIds} AS finding_ids`;

/** Now: the register's rows and its finding links; as of an instant: the versions known then, which carry their finding ids. */
const CURRENT_COLUMNS = columns(`(SELECT string_agg(rf.finding_id, ',' ORDER BY rf.finding_id) FROM inspections_recommendation_findings rf
    WHERE rf.inspection_id = r.inspection_id AND rf.recommendation_id = r.recommendation_id)`);
const VERSION_COLUMNS = columns(`(SELECT string_agg(id, ',' ORDER BY id) FROM unnest(r.finding_ids) AS id)`);

/** The recommendations as of the instant, each with its responsible agency as the chart named it then. */
function source(at: Instant): { columns: string; from: string; known: string[] } {
  const knownAt = at.knownAt ? '$2' : null;
  const agency = `LEFT JOIN inspections_agency_versions a ON a.agency_id = r.responsible_agency_id AND ${stoodSql('a', '$1', knownAt)}`;
  return at.knownAt
    ? { columns: VERSION_COLUMNS, from: `inspections_recommendation_versions r ${agency}`, known: [knownAtSql('$2::timestamptz', 'r')] }
    : { columns: CURRENT_COLUMNS, from: `inspections_recommendations r ${agency}`, known: [] };
}

const paramsOf = (at: Instant): unknown[] => (at.knownAt ? [at.date, at.knownAt] : [at.date]);

/** The texts vary only with which filters are set (a few at most), so they are kept prepared: their plans are index lookups whatever the values. */
const PREPARED = { prepared: true } as const;

/**
 * Recommendations and how their follow-up stands today (the clock decides what is overdue),
 * or, with `asOf`, as the platform knew them at that instant from their recorded versions,
 * their follow-up judged on that instant's own date.
 */
@Injectable()
export class RecommendationFollowUpQueries {
  constructor(
    @Inject(READ_MODEL_SQL) private readonly sql: Sql,
    private readonly clock: Clock,
  ) {}

  async list(
    filter: { responsibleAgencyId?: string | null; status?: FollowUpStatus | null; inspectionId?: string | null },
    asOf: Date | null = null,
  ): Promise<RecommendationView[]> {
    const at = instantOf(asOf, this.clock);
    const { columns, from, known } = source(at);
    const params = paramsOf(at);
    const where = [...known];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.responsibleAgencyId) where.push(`r.responsible_agency_id = ${param(filter.responsibleAgencyId)}`);
    if (filter.inspectionId) where.push(`r.inspection_id = ${param(filter.inspectionId)}`);
    if (filter.status) where.push(`${FOLLOW_UP_STATUS} = ${param(filter.status)}`);
    const result = await this.sql.query<Record<string, any>>(
      `SELECT ${columns} FROM ${from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.due_date, r.inspection_id, r.recommendation_id`,
      params,
      PREPARED,
    );
    return result.rows.map(toRecommendation);
  }

  /** The recommendations answering each of these findings, keyed `inspectionId/findingId`. */
  async answering(findings: { inspectionId: string; findingId: string }[], asOf: Date | null = null): Promise<Map<string, RecommendationView[]>> {
    const byFinding = new Map<string, RecommendationView[]>();
    if (findings.length === 0) return byFinding;
    const at = instantOf(asOf, this.clock);
    const { columns, from, known } = source(at);
    const params = paramsOf(at);
    const param = (value: unknown) => `$${params.push(value)}`;
    const keys = param(JSON.stringify(findings.map((finding) => `${finding.inspectionId}/${finding.findingId}`)));
    const result = at.knownAt
      ? await this.sql.query<Record<string, any>>(
          `SELECT r.inspection_id || '/' || answered.finding_id AS finding_key, ${columns}
           FROM ${from} CROSS JOIN LATERAL unnest(r.finding_ids) AS answered(finding_id)
           WHERE r.inspection_id = ANY(${param([...new Set(findings.map((finding) => finding.inspectionId))])}::text[]) AND ${known.join(' AND ')}
             AND r.inspection_id || '/' || answered.finding_id IN (SELECT jsonb_array_elements_text(${keys}::jsonb))
           ORDER BY r.issued_on, r.recommendation_id`,
          params,
          PREPARED,
        )
      : await this.sql.query<Record<string, any>>(
          `SELECT rf.inspection_id || '/' || rf.finding_id AS finding_key, ${columns}
           FROM inspections_recommendation_findings rf
           JOIN ${from} ON r.inspection_id = rf.inspection_id AND r.recommendation_id = rf.recommendation_id
           WHERE rf.inspection_id || '/' || rf.finding_id IN (SELECT jsonb_array_elements_text(${keys}::jsonb))
           ORDER BY r.issued_on, r.recommendation_id`,
          params,
          PREPARED,
        );
    for (const row of result.rows) {
      const list = byFinding.get(row.finding_key) ?? [];
      list.push(toRecommendation(row));
      byFinding.set(row.finding_key, list);
    }
    return byFinding;
  }

  /** Per responsible agency: how many recommendations are open, overdue, reported, closed, reopened. */
  async counts(responsibleAgencyId?: string | null, asOf: Date | null = null): Promise<FollowUpCountView[]> {
    const at = instantOf(asOf, this.clock);
    const { from, known } = source(at);
    const params = paramsOf(at);
    const where = [...known];
    if (responsibleAgencyId) where.push(`r.responsible_agency_id = $${params.push(responsibleAgencyId)}`);
    const result = await this.sql.query<Record<string, any>>(
      `SELECT r.responsible_agency_id, max(a.name) AS responsible_agency_name,
         count(*) FILTER (WHERE ${FOLLOW_UP_STATUS} = 'open') AS open,
         count(*) FILTER (WHERE ${FOLLOW_UP_STATUS} = 'overdue') AS overdue,
         count(*) FILTER (WHERE ${FOLLOW_UP_STATUS} = 'reported') AS reported,
         count(*) FILTER (WHERE ${FOLLOW_UP_STATUS} = 'closed') AS closed,
         count(*) FILTER (WHERE ${FOLLOW_UP_STATUS} = 'reopened') AS reopened
       FROM ${from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       GROUP BY r.responsible_agency_id ORDER BY r.responsible_agency_id`,
      params,
      PREPARED,
    );
    return result.rows.map((row) => ({
      responsibleAgencyId: row.responsible_agency_id,
      responsibleAgencyName: row.responsible_agency_name ?? null,
      open: Number(row.open),
      overdue: Number(row.overdue),
      reported: Number(row.reported),
      closed: Number(row.closed),
      reopened: Number(row.reopened),
    }));
  }
}

function toRecommendation(row: Record<string, any>): RecommendationView {
  return {
    inspectionId: row.inspection_id,
    recommendationId: row.recommendation_id,
    findingIds: row.finding_ids ? String(row.finding_ids).split(',') : [],
    responsibleAgencyId: row.responsible_agency_id,
    responsibleAgencyName: row.responsible_agency_name ?? null,
    issuingAgencyId: row.issuing_agency_id,
    correctiveAction: row.corrective_action,
    dueDate: row.due_date,
    issuedOn: row.issued_on,
    status: row.follow_up_status,
    reportedAction: row.reported_action,
    reportedOn: row.reported_on,
    verification: row.verification,
    closedOn: row.closed_on,
    reopenReason: row.reopen_reason,
    reopenedOn: row.reopened_on,
    timesReopened: Number(row.times_reopened),
  };
}
