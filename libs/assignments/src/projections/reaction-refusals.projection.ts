import { asDomainEvent, Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { REFUSAL_EVENT_TYPES, RefusalEvent } from '../domain/refusal/events';
import { refusalTables } from './tables';

/** Every refused reaction, for the reactionFailures query. */
export const reactionRefusalsProjection: Projection = {
  name: 'assignments.reaction-refusals',
  migrations: refusalTables,
  tables: ['assignments_reaction_refusals'],
  handles: REFUSAL_EVENT_TYPES,
  async apply(tx: SqlExecutor, recorded: RecordedEvent) {
    const { data } = asDomainEvent<RefusalEvent>(recorded);
    await tx.query(
      `INSERT INTO assignments_reaction_refusals (cause_event_id, cause_event_type, cause_stream_id, command, code, message, refused_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (cause_event_id) DO NOTHING`,
      [data.causeEventId, data.causeEventType, data.causeStreamId, data.command, data.code, data.message, data.refusedAt],
    );
  },
};
