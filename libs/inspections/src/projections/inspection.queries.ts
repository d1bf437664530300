import { Inject, Injectable } from '@nestjs/common';
import { Clock, localDateAt, Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { DocumentReference, InspectionTarget, TeamMember } from '../domain/inspection/events';
import { stoodSql } from './chart-instant';
import { InspectionCountView, InspectionView, json, SanctionView } from './views';

const COLUMNS = `i.inspection_id, i.kind, i.title, i.theme, i.lead_agency_id, a.name AS lead_agency_name, i.member_agency_ids, i.members,
  i.period_from::text AS period_from, i.period_to::text AS period_to, i.plan_document, i.outline_document, i.planned_on::text AS planned_on, i.status,
  i.started_on::text AS started_on, i.conclusion_status, i.conclusion_summary, i.drafted_on::text AS drafted_on, i.appraisal_opinion,
  i.appraised_on::text AS appraised_on, i.appraised_by, i.conclusion_number, i.concluded_on::text AS concluded_on,
  (SELECT json_agg(json_build_object('targetId', t.target_id, 'kind', t.kind, 'name', t.name, 'unitId', t.unit_id, 'agencyId', t.agency_id) ORDER BY t.position)
     FROM inspections_targets t WHERE t.inspection_id = i.inspection_id) AS targets`;

/** Agencies are named as the chart names them today (`$1`), as known now. */
const NAMED = (alias: string, agencyId: string) =>
  `LEFT JOIN inspections_agency_versions ${alias} ON ${alias}.agency_id = ${agencyId} AND ${stoodSql(alias, '$1', null)}`;
const FROM = `inspections_inspections i ${NAMED('a', 'i.lead_agency_id')}`;

/** Inspections as planned and done: one, a list per agency and year, and the yearly counts. */
@Injectable()
export class InspectionQueries {
  constructor(
    @Inject(READ_MODEL_SQL) private readonly sql: Sql,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return localDateAt(this.clock.now());
  }

  async inspection(inspectionId: string): Promise<InspectionView | null> {
    const result = await this.sql.query<Record<string, any>>(`SELECT ${COLUMNS} FROM ${FROM} WHERE i.inspection_id = $2`, [this.today(), inspectionId]);
    return result.rows.length ? toInspection(result.rows[0]) : null;
  }

  /** Inspections an agency led or joined, whose period starts in the year; newest first. */
  async inspections(filter: { agencyId?: string | null; year?: number | null; status?: string | null; theme?: string | null }): Promise<InspectionView[]> {
    const params: unknown[] = [this.today()];
    const where: string[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.agencyId)
      where.push(`i.inspection_id IN (SELECT p.inspection_id FROM inspections_participants p WHERE p.agency_id = ${param(filter.agencyId)})`);
    if (filter.year) where.push(`extract(year FROM i.period_from) = ${param(filter.year)}`);
    if (filter.status) where.push(`i.status = ${param(filter.status)}`);
    if (filter.theme) where.push(`i.theme = ${param(filter.theme)}`);
    const result = await this.sql.query<Record<string, any>>(
      `SELECT ${COLUMNS} FROM ${FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.period_from DESC, i.inspection_id`,
      params,
    );
    return result.rows.map(toInspection);
  }

  /** Per agency (as lead or member) and year of the period: planned, in progress, concluded. */
  async counts(filter: { year: number; agencyId?: string | null }): Promise<InspectionCountView[]> {
    const params: unknown[] = [this.today(), filter.year];
    let agency = '';
    if (filter.agencyId) {
      params.push(filter.agencyId);
      agency = 'AND p.agency_id = $3';
    }
    const result = await this.sql.query<Record<string, any>>(
      `SELECT p.agency_id, max(a.name) AS agency_name, count(*) AS planned,
         count(*) FILTER (WHERE i.status = 'in-progress') AS in_progress,
         count(*) FILTER (WHERE i.status = 'concluded') AS concluded
       FROM inspections_participants p
       JOIN inspections_inspections i ON i.inspection_id = p.inspection_id
       ${NAMED('a', 'p.agency_id')}
       WHERE extract(year FROM i.period_from) = $2 ${agency}
       GROUP BY p.agency_id ORDER BY p.agency_id`,
      params,
    );
    return result.rows.map((row) => ({
      agencyId: row.agency_id,
      agencyName: row.agency_name ?? null,
      year: filter.year,
      planned: Number(row.planned),
      inProgress: Number(row.in_progress),
      concluded: Number(row.concluded),
    }));
  }

  async sanctions(inspectionId: string): Promise<SanctionView[]> {
    const result = await this.sql.query<Record<string, any>>(
      `SELECT inspection_id, sanction_id, target_id, finding_ids, person_role, person_name, measure, legal_basis, decision_number, decided_on::text AS decided_on
       FROM inspections_sanctions WHERE inspection_id = $1 ORDER BY decided_on, sanction_id`,
      [inspectionId],
    );
    return result.rows.map((row) => ({
      inspectionId: row.inspection_id,
      sanctionId: row.sanction_id,
      targetId: row.target_id,
      findingIds: json<string[]>(row.finding_ids),
      personRole: row.person_role,
      personName: row.person_name,
      measure: row.measure,
      legalBasis: row.legal_basis,
      decisionNumber: row.decision_number,
      decidedOn: row.decided_on,
    }));
  }
}

function toInspection(row: Record<string, any>): InspectionView {
  return {
    inspectionId: row.inspection_id,
    kind: row.kind,
    title: row.title,
    theme: row.theme,
    leadAgencyId: row.lead_agency_id,
    leadAgencyName: row.lead_agency_name ?? null,
    memberAgencyIds: json<string[]>(row.member_agency_ids),
    members: json<TeamMember[]>(row.members),
    targets: json<InspectionTarget[] | null>(row.targets) ?? [],
    periodFrom: row.period_from,
    periodTo: row.period_to,
    plan: json<DocumentReference>(row.plan_document),
    outline: json<DocumentReference>(row.outline_document),
    plannedOn: row.planned_on,
    status: row.status,
    startedOn: row.started_on,
    conclusion: {
      status: row.conclusion_status,
      summary: row.conclusion_summary,
      draftedOn: row.drafted_on,
      appraisalOpinion: row.appraisal_opinion,
      appraisedOn: row.appraised_on,
      appraisedBy: row.appraised_by,
      number: row.conclusion_number,
      issuedOn: row.concluded_on,
    },
  };
}
