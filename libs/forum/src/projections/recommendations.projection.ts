import { Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { RECOMMENDATION_EVENT_TYPES } from '../domain/events';
import { RecommendationEvent } from '../domain/recommendation/events';
import { recommendationTables } from './tables';

export const recommendationsProjection: Projection = {
  name: 'forum.recommendations',
  migrations: recommendationTables,
  tables: ['forum_recommendations'],
  handles: RECOMMENDATION_EVENT_TYPES,
  async apply(tx: SqlExecutor, recorded: RecordedEvent) {
    const event = recorded as unknown as RecommendationEvent;
    const d = event.data;
    switch (event.type) {
      case 'RecommendationRaised':
        await tx.query('INSERT INTO forum_recommendations (recommendation_id, forum_id, raised_by, theme, text, raised_on) VALUES ($1, $2, $3, $4, $5, $6)', [
          event.data.recommendationId,
          event.data.forumId,
          event.data.raisedBy,
          event.data.theme,
          event.data.text,
          event.data.raisedOn,
        ]);
        return;
      case 'RecommendationForwarded':
        await tx.query(
          'UPDATE forum_recommendations SET responsible_agency_id = $2, summary = $3, forwarded_on = $4, due_date = $5 WHERE recommendation_id = $1',
          [d.recommendationId, event.data.responsibleAgencyId, event.data.summary, event.data.forwardedOn, event.data.dueDate],
        );
        return;
      case 'RecommendationAnswered':
        await tx.query(
          'UPDATE forum_recommendations SET decision = $2, answer = $3, reason = $4, answered_on = $5, answering_agency_id = $6 WHERE recommendation_id = $1',
          [d.recommendationId, event.data.decision, event.data.answer, event.data.reason, event.data.answeredOn, event.data.answeringAgencyId],
        );
        return;
      case 'ImplementationReported':
        await tx.query(
          'UPDATE forum_recommendations SET implementation_status = $2, implementation_note = $3, implementation_reason = $4, implementation_reported_on = $5 WHERE recommendation_id = $1',
          [d.recommendationId, event.data.status, event.data.note, event.data.reason, event.data.reportedOn],
        );
        return;
      case 'RecommendationEscalated':
        await tx.query('UPDATE forum_recommendations SET escalated_to_forum_id = $2, escalated_on = $3 WHERE recommendation_id = $1', [
          d.recommendationId,
          event.data.toForumId,
          event.data.escalatedOn,
        ]);
        return;
    }
  },
};
