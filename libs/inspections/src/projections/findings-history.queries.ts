import { Inject, Injectable } from '@nestjs/common';
import { Clock, invalid, knownAtSql, Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { Evidence } from '../domain/inspection/events';
import { FindingOnRecord } from '../domain/inspection/recurrence';
import { Conformity } from '../domain/vocabulary';
import { instantOf, localityScopeCte } from './chart-instant';
import { RecommendationFollowUpQueries } from './recommendation-follow-up.queries';
import { FindingsPage, FindingView, FollowUpStatus, json, RecommendationView } from './views';

export interface FindingsFilter {
  targetId?: string | null;
  /** The agency inspected (or running the facility), or responsible for a recommendation on the finding. */
  agencyId?: string | null;
  /** This unit and every unit inside it. */
  localityUnitId?: string | null;
  theme?: string | null;
  from?: string | null;
  to?: string | null;
}

const COLUMNS = `f.inspection_id, i.title AS inspection_title, i.theme, f.finding_id, f.target_id, t.kind AS target_kind, t.name AS target_name, t.unit_id AS target_unit_id,
  t.agency_id AS target_agency_id, f.criterion_code, f.criterion, f.legal_basis, f.conformity, f.severity, f.description, f.evidence, f.observed_on::text AS observed_on,
  f.revision, f.recorded_by, f.revised_by, f.recurrence_of_inspection_id, f.recurrence_of_finding_id, f.recurrence_of_observed_on::text AS recurrence_of_observed_on,
  f.recorded_position`;

/** From the register's current findings, or from their recorded versions (same columns); an inspection's title, theme and targets never change once planned. */
const from = (asOf: Date | null) => `${asOf ? 'inspections_finding_versions' : 'inspections_findings'} f
  JOIN inspections_inspections i ON i.inspection_id = f.inspection_id
  JOIN inspections_targets t ON t.inspection_id = f.inspection_id AND t.target_id = f.target_id`;
/** What identifies a row of that source. */
const keyOf = (asOf: Date | null) => (asOf ? ['finding_key', 'version'] : ['inspection_id', 'finding_id']);

/**
 * Kept prepared: planning cost as much as running. The page's text varies only with which
 * filters are set (a few dozen texts at most); its locality is a filter on an array, not a
 * semi-join, so that a generic plan's guess at the scope's size cannot turn it into a loop.
 */
const PREPARED = { prepared: true } as const;

/** Follow-up states from the most to the least pressing: a finding shows the most pressing of its recommendations'. */
const PRESSING: FollowUpStatus[] = ['overdue', 'reopened', 'open', 'reported', 'closed'];

/** The history of findings across inspections, newest first, and what is on record for recurrence. */
@Injectable()
export class FindingsHistoryQueries {
  constructor(
    @Inject(READ_MODEL_SQL) private readonly sql: Sql,
    private readonly recommendations: RecommendationFollowUpQueries,
    private readonly clock: Clock,
  ) {}

  /**
   * With `asOf`, the findings and recommendations as the platform knew them at that instant,
   * from their recorded versions, and the locality read on the chart as it stood on that
   * instant's date as then known (before the 2025 mergers, Sóc Trăng is not inside Cần Thơ).
   */
  async page(filter: FindingsFilter, first: number, after: string | null, asOf: Date | null = null): Promise<FindingsPage> {
    const params: unknown[] = [];
    const where: string[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const ctes: string[] = [];
    const known = asOf ? param(asOf.toISOString()) + '::timestamptz' : null;
    if (known) where.push(knownAtSql(known, 'f'));
    if (filter.targetId) where.push(`f.target_id = ${param(filter.targetId)}`);
    if (filter.theme) where.push(`i.theme = ${param(filter.theme)}`);
    if (filter.from) where.push(`f.observed_on >= ${param(filter.from)}::date`);
    if (filter.to) where.push(`f.observed_on <= ${param(filter.to)}::date`);
    if (filter.agencyId) {
      const agency = param(filter.agencyId);
      where.push(
        known
          ? `(t.agency_id = ${agency} OR EXISTS (
        SELECT 1 FROM inspections_recommendation_versions r
        WHERE r.inspection_id = f.inspection_id AND f.finding_id = ANY(r.finding_ids) AND r.responsible_agency_id = ${agency} AND ${knownAtSql(known, 'r')}))`
          : `(t.agency_id = ${agency} OR EXISTS (
        SELECT 1 FROM inspections_recommendation_findings rf
        JOIN inspections_recommendations r ON r.inspection_id = rf.inspection_id AND r.recommendation_id = rf.recommendation_id
        WHERE rf.inspection_id = f.inspection_id AND rf.finding_id = f.finding_id AND r.responsible_agency_id = ${agency}))`,
      );
    }
    if (filter.localityUnitId) {
      const at = instantOf(asOf, this.clock);
      ctes.push(localityScopeCte(param(filter.localityUnitId), param(at.date), at.knownAt ? param(at.knownAt) : null));
      where.push('t.unit_id = ANY(ARRAY(SELECT unit_id FROM scope))');
    }
    const position = after ? decodeCursor(after) : null;
    const cursor = position
      ? `WHERE (m.observed_on, m.recorded_position) < (${param(position.observedOn)}::date, ${param(position.recordedPosition)}::bigint)`
      : '';
    // One statement: the matching rows narrow (their keys and order) for the count and the
    // page, then only the page's rows joined back for every column. A page past the end still
    // answers one row, with the count and no finding.
    const key = keyOf(asOf);
    ctes.push(`matched AS (SELECT ${key.map((column) => `f.${column}`).join(', ')}, f.observed_on, f.recorded_position FROM ${from(asOf)}
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''})`);
    ctes.push(`page AS (SELECT * FROM matched m ${cursor} ORDER BY m.observed_on DESC, m.recorded_position DESC LIMIT ${param(first + 1)})`);
    const result = await this.sql.query<Record<string, any>>(
      `WITH ${filter.localityUnitId ? 'RECURSIVE ' : ''}${ctes.join(',\n')}
       SELECT (SELECT count(*) FROM matched) AS total, ${COLUMNS}
       FROM (SELECT 1) AS answer LEFT JOIN (page p JOIN ${from(asOf)} ON ${key.map((column) => `f.${column} = p.${column}`).join(' AND ')}) ON true
       ORDER BY f.observed_on DESC, f.recorded_position DESC`,
      params,
      PREPARED,
    );
    const rows = result.rows.filter((row) => row.inspection_id !== null);
    const items = await this.withFollowUp(rows.slice(0, first), asOf);
    const last = rows[Math.min(first, rows.length) - 1];
    return {
      items,
      totalCount: Number(result.rows[0].total),
      endCursor: last ? encodeCursor(last.observed_on, Number(last.recorded_position)) : null,
      hasNextPage: rows.length > first,
    };
  }

  /** One inspection's findings in the order they were recorded; with `asOf`, as known at that instant. */
  async ofInspection(inspectionId: string, asOf: Date | null = null): Promise<FindingView[]> {
    const known = asOf ? `AND ${knownAtSql('$2::timestamptz', 'f')}` : '';
    const rows = await this.sql.query<Record<string, any>>(
      `SELECT ${COLUMNS} FROM ${from(asOf)} WHERE f.inspection_id = $1 ${known} ORDER BY f.recorded_position`,
      asOf ? [inspectionId, asOf.toISOString()] : [inspectionId],
      PREPARED,
    );
    return this.withFollowUp(rows.rows, asOf);
  }

  /** Every finding recorded on this target and criterion, in the order recorded: what recurrence is judged against. */
  async onTargetAndCriterion(targetId: string, criterionCode: string): Promise<FindingOnRecord[]> {
    const result = await this.sql.query<{ inspection_id: string; finding_id: string; observed_on: string; conformity: Conformity }>(
      `SELECT inspection_id, finding_id, observed_on::text AS observed_on, conformity FROM inspections_findings
       WHERE target_id = $1 AND criterion_code = $2 ORDER BY recorded_position`,
      [targetId, criterionCode],
    );
    return result.rows.map((row) => ({
      inspectionId: row.inspection_id,
      findingId: row.finding_id,
      targetId,
      criterionCode,
      observedOn: row.observed_on,
      conformity: row.conformity,
    }));
  }

  private async withFollowUp(rows: Record<string, any>[], asOf: Date | null = null): Promise<FindingView[]> {
    const answering = await this.recommendations.answering(
      rows.map((row) => ({ inspectionId: row.inspection_id, findingId: row.finding_id })),
      asOf,
    );
    return rows.map((row) => toFinding(row, answering.get(`${row.inspection_id}/${row.finding_id}`) ?? []));
  }
}

function toFinding(row: Record<string, any>, recommendations: RecommendationView[]): FindingView {
  return {
    inspectionId: row.inspection_id,
    inspectionTitle: row.inspection_title,
    theme: row.theme,
    findingId: row.finding_id,
    target: { targetId: row.target_id, kind: row.target_kind, name: row.target_name, unitId: row.target_unit_id, agencyId: row.target_agency_id },
    criterionCode: row.criterion_code,
    criterion: row.criterion,
    legalBasis: row.legal_basis,
    conformity: row.conformity,
    severity: row.severity,
    description: row.description,
    evidence: json<Evidence[]>(row.evidence),
    observedOn: row.observed_on,
    revision: Number(row.revision),
    recordedBy: row.recorded_by,
    revisedBy: row.revised_by,
    recurrenceOf: row.recurrence_of_inspection_id
      ? { inspectionId: row.recurrence_of_inspection_id, findingId: row.recurrence_of_finding_id, observedOn: row.recurrence_of_observed_on }
      : null,
    recommendations,
    followUp: recommendations.length === 0 ? 'none' : PRESSING.find((status) => recommendations.some((r) => r.status === status))!,
  };
}

/** Opaque to clients: where the last page ended in the newest-first order. */
function encodeCursor(observedOn: string, recordedPosition: number): string {
  return Buffer.from(JSON.stringify([observedOn, recordedPosition])).toString('base64url');
}

function decodeCursor(cursor: string): { observedOn: string; recordedPosition: number } {
  try {
    const [observedOn, recordedPosition] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof observedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(observedOn) && Number.isInteger(recordedPosition))
      return { observedOn, recordedPosition: recordedPosition as number };
  } catch {
    // falls through to the refusal below
  }
  throw invalid(`"${cursor}" is not a cursor this query gave`, { field: 'after' });
}
