import { Inject, Injectable } from '@nestjs/common';
import { SealedValue, Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { ParticipantCount } from '../domain/forum/events';

export interface ForumView {
  forumId: string;
  level: string;
  edition: string;
  title: string;
  theme: string;
  organiserAgencyId: string;
  localityUnitId: string;
  heldOn: string;
  parentForumId: string | null;
  previousForumId: string | null;
  responseDays: number;
  participants: ParticipantCount[];
  participantTotal: number;
}

export interface RecommendationView {
  recommendationId: string;
  forumId: string;
  raisedBy: string;
  theme: string;
  text: string;
  raisedOn: string;
  responsibleAgencyId: string | null;
  summary: string | null;
  forwardedOn: string | null;
  dueDate: string | null;
  decision: string | null;
  answer: string | null;
  reason: string | null;
  answeredOn: string | null;
  answeringAgencyId: string | null;
  implementationStatus: string | null;
  implementationNote: string | null;
  implementationReason: string | null;
  implementationReportedOn: string | null;
  escalatedToForumId: string | null;
  escalatedOn: string | null;
}

export interface DelegateView {
  delegateId: string;
  subjectId: string;
  forumId: string;
  toForumId: string;
  ageBand: string;
  sex: string;
  ethnicity: string;
  localityUnitId: string;
  selectingBody: string;
  consentReference: string;
  selectedOn: string;
  childConsent: boolean;
  guardianConsent: boolean;
  status: string;
  sealedFields: Record<string, SealedValue>;
  erasedFields: string[];
}

export interface RepresentativenessRow {
  dimension: 'locality' | 'ethnicity' | 'age-band' | 'sex';
  value: string;
  count: number;
}

const date = (value: unknown) =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

const camel = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), value]));

const DATE_COLUMNS = ['heldOn', 'raisedOn', 'forwardedOn', 'dueDate', 'answeredOn', 'implementationReportedOn', 'escalatedOn', 'selectedOn'];
function view<T>(row: Record<string, unknown>): T {
  const result = camel(row);
  for (const key of DATE_COLUMNS) if (key in result) result[key] = date(result[key]);
  return result as T;
}

/** Reads of the forum's read model; personal fields leave here sealed, to be opened by who may read them. */
@Injectable()
export class ForumQueries {
  constructor(@Inject(READ_MODEL_SQL) private readonly sql: Sql) {}

  async forum(forumId: string): Promise<ForumView | null> {
    const { rows } = await this.sql.query('SELECT * FROM forum_forums WHERE forum_id = $1', [forumId]);
    return rows[0] ? view<ForumView>(rows[0]) : null;
  }

  async forums(level: string | null): Promise<ForumView[]> {
    const { rows } = await this.sql.query('SELECT * FROM forum_forums WHERE ($1::text IS NULL OR level = $1) ORDER BY held_on, forum_id', [level]);
    return rows.map((row) => view<ForumView>(row));
  }

  async recommendation(recommendationId: string): Promise<RecommendationView | null> {
    const { rows } = await this.sql.query('SELECT * FROM forum_recommendations WHERE recommendation_id = $1', [recommendationId]);
    return rows[0] ? view<RecommendationView>(rows[0]) : null;
  }

  /** Raised at the forum, and escalated to it from the level below. */
  async recommendationsOf(forumId: string): Promise<RecommendationView[]> {
    const { rows } = await this.sql.query(
      'SELECT * FROM forum_recommendations WHERE forum_id = $1 OR escalated_to_forum_id = $1 ORDER BY raised_on, recommendation_id',
      [forumId],
    );
    return rows.map((row) => view<RecommendationView>(row));
  }

  async recommendationsRaisedAt(forumId: string): Promise<RecommendationView[]> {
    const { rows } = await this.sql.query('SELECT * FROM forum_recommendations WHERE forum_id = $1 ORDER BY raised_on, recommendation_id', [forumId]);
    return rows.map((row) => view<RecommendationView>(row));
  }

  async delegate(delegateId: string): Promise<DelegateView | null> {
    const { rows } = await this.sql.query('SELECT * FROM forum_delegates WHERE delegate_id = $1', [delegateId]);
    return rows[0] ? view<DelegateView>(rows[0]) : null;
  }

  /** Chosen by the forum, or sent to it from below. */
  async delegatesOf(forumId: string): Promise<DelegateView[]> {
    const { rows } = await this.sql.query('SELECT * FROM forum_delegates WHERE forum_id = $1 OR to_forum_id = $1 ORDER BY delegate_id', [forumId]);
    return rows.map((row) => view<DelegateView>(row));
  }

  /** The delegates going to a forum, counted by region, ethnicity, age band and sex; withdrawn ones do not count. */
  async representativeness(toForumId: string): Promise<RepresentativenessRow[]> {
    const { rows } = await this.sql.query<{ dimension: RepresentativenessRow['dimension']; value: string; count: string }>(
      `SELECT dimension, value, count(*) AS count FROM (
         SELECT 'locality' AS dimension, locality_unit_id AS value FROM forum_delegates WHERE to_forum_id = $1 AND status = 'selected'
         UNION ALL SELECT 'ethnicity', ethnicity FROM forum_delegates WHERE to_forum_id = $1 AND status = 'selected'
         UNION ALL SELECT 'age-band', age_band FROM forum_delegates WHERE to_forum_id = $1 AND status = 'selected'
         UNION ALL SELECT 'sex', sex FROM forum_delegates WHERE to_forum_id = $1 AND status = 'selected'
       ) d GROUP BY dimension, value ORDER BY dimension, value`,
      [toForumId],
    );
    return rows.map((row) => ({ dimension: row.dimension, value: row.value, count: Number(row.count) }));
  }
}
