import { Projection, RecordedEvent, SqlExecutor } from '@cpp/eventsourcing';
import { ACCESS_LOG_EVENT_TYPES, ProtectedDataRead } from '../domain/access-log/events';
import { accessLogTables } from './tables';

/** Reads of protected data, one row per read, for the auditor's queries. */
export const accessLogProjection: Projection = {
  name: 'access.log',
  migrations: accessLogTables,
  tables: ['access_log'],
  handles: ACCESS_LOG_EVENT_TYPES,
  async apply(tx: SqlExecutor, recorded: RecordedEvent) {
    const { subject, agencyId, correlationId, operation, protectedData, records, breakGlass } = recorded.data as ProtectedDataRead['data'];
    await tx.query(
      `INSERT INTO access_log (event_id, log_position, read_at, subject, agency_id, operation, protected_data, records, correlation_id, break_glass)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (event_id) DO NOTHING`,
      [
        recorded.id,
        recorded.globalPosition,
        recorded.metadata.occurredAt,
        subject,
        agencyId,
        operation,
        protectedData,
        JSON.stringify(records),
        correlationId,
        breakGlass ? JSON.stringify(breakGlass) : null,
      ],
    );
  },
};
