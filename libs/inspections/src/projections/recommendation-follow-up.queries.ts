import { Inject, Injectable } from '@nestjs/common';
import { Clock, knownAtSql, localDateAt, Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { FollowUpCountView, FollowUpStatus, RecommendationView } from './views';

const FOLLOW_UP_STATUS = `CASE WHEN r.status IN ('open', 'reopened') AND r.due_date < $1::date THEN 'overdue' ELSE r.status END`;

const columns = (
  findingIds: string,
) => `r.inspection_id, r.recommendation_id, r.responsible_agency_id, a.name AS responsible_agency_name, r.issuing_agency_id, r.corrective_action,
  r.due_date::text AS due_date, r.issued_on::text AS issued_on, ${FOLLOW_UP_STATUS} AS follow_up_status, r.reported_action, r.reported_on::text AS reported_on,
  r.verification, r.closed_on::text AS closed_on, r.reopen_reason, r.reopened_on::text AS reopened_on, r.times_reopened, ${findingIds} AS finding_ids`;

const COLUMNS = columns(`(SELECT string_agg(rf.finding_id, ',' ORDER BY rf.finding_id) FROM inspections_recommendation_findings rf
    WHERE rf.inspection_id = r.inspection_id AND rf.recommendation_id = r.recommendation_id)`);

/** The same columns from a recorded version, whose finding ids it carries itself. */
const VERSION_COLUMNS = columns(`(SELECT string_agg(id, ',' ORDER BY id) FROM unnest(r.finding_ids) AS id)`);

const FROM = `inspections_recommendations r LEFT JOIN inspections_known_agencies a ON a.agency_id = r.responsible_agency_id`;

/** Recommendations and how their follow-up stands today (the clock decides what is overdue). */
@Injectable()
export class RecommendationFollowUpQueries {
  constructor(
    @Inject(READ_MODEL_SQL) private readonly sql: Sql,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return localDateAt(this.clock.now());
  }

  async list(filter: { responsibleAgencyId?: string | null; status?: FollowUpStatus | null; inspectionId?: string | null }): Promise<RecommendationView[]> {
    const params: unknown[] = [this.today()];
    const where: string[] = [];
    if (filter.responsibleAgencyId) {
      params.push(filter.responsibleAgencyId);
      where.push(`r.responsible_agency_id = $${params.length}`);
    }
    if (filter.inspectionId) {
      params.push(filter.inspectionId);
      where.push(`r.inspection_id = $${params.length}`);
    }
    if (filter.status) {
      params.push(filter.status);
      where.push(`${FOLLOW_UP_STATUS} = $${params.length}`);
    }
    const result = await this.sql.query<Record<string, any>>(
      `SELECT ${COLUMNS} FROM ${FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.due_date, r.inspection_id, r.recommendation_id`,
      params,
    );
    return result.rows.map(toRecommendation);
  }

  /**
   * The recommendations answering each of these findings, keyed `inspectionId/findingId`; with
   * `asOf`, the versions known at that instant, their follow-up judged on that instant's date.
   */
  async answering(findings: { inspectionId: string; findingId: string }[], asOf: Date | null = null): Promise<Map<string, RecommendationView[]>> {
    const byFinding = new Map<string, RecommendationView[]>();
    if (findings.length === 0) return byFinding;
    const keys = findings.map((finding) => `${finding.inspectionId}/${finding.findingId}`);
    const result = asOf
      ? await this.sql.query<Record<string, any>>(
          `SELECT r.inspection_id || '/' || answered.finding_id AS finding_key, ${VERSION_COLUMNS}
           FROM inspections_recommendation_versions r CROSS JOIN LATERAL unnest(r.finding_ids) AS answered(finding_id)
           LEFT JOIN inspections_known_agencies a ON a.agency_id = r.responsible_agency_id
           WHERE r.inspection_id = ANY($3::text[]) AND ${knownAtSql('$4::timestamptz', 'r')}
             AND r.inspection_id || '/' || answered.finding_id IN (SELECT jsonb_array_elements_text($2::jsonb))
           ORDER BY r.issued_on, r.recommendation_id`,
          [localDateAt(asOf), JSON.stringify(keys), [...new Set(findings.map((finding) => finding.inspectionId))], asOf.toISOString()],
        )
      : await this.sql.query<Record<string, any>>(
          `SELECT rf.inspection_id || '/' || rf.finding_id AS finding_key, ${COLUMNS}
           FROM inspections_recommendation_findings rf
           JOIN ${FROM} ON r.inspection_id = rf.inspection_id AND r.recommendation_id = rf.recommendation_id
           WHERE rf.inspection_id || '/' || rf.finding_id IN (SELECT jsonb_array_elements_text($2::jsonb))
           ORDER BY r.issued_on, r.recommendation_id`,
          [this.today(), JSON.stringify(keys)],
        );
    for (const row of result.rows) {
      const list = byFinding.get(row.finding_key) ?? [];
      list.push(toRecommendation(row));
      byFinding.set(row.finding_key, list);
    }
    return byFinding;
  }

  /** Per responsible agency: how many recommendations are open, overdue, reported, closed, reopened today. */
  async counts(responsibleAgencyId?: string | null): Promise<FollowUpCountView[]> {
    const params: unknown[] = [this.today()];
    let where = '';
    if (responsibleAgencyId) {
      params.push(responsibleAgencyId);
      where = 'WHERE r.responsible_agency_id = $2';
    }
    const result = await this.sql.query<Record<string, any>>(
      `SELECT r.responsible_agency_id, max(a.name) AS responsible_agency_name,
         count(*) FILTER (WHERE ${FOLLOW_UP_STATUS} = 'open') AS open,
         count(*) FILTER (WHERE ${FOLLOW_UP_STATUS} = 'overdue') AS overdue,
         count(*) FILTER (WHERE ${FOLLOW_UP_STATUS} = 'reported') AS reported,
         count(*) FILTER (WHERE ${FOLLOW_UP_STATUS} = 'closed') AS closed,
         count(*) FILTER (WHERE ${FOLLOW_UP_STATUS} = 'reopened') AS reopened
       FROM ${FROM} ${where}
       GROUP BY r.responsible_agency_id ORDER BY r.responsible_agency_id`,
      params,
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
