import { RecordedEvent } from '../events/recorded-event';

export interface EventRow {
  global_position: number | string;
  transaction_xid: string;
  stream_id: string;
  revision: number | string;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: unknown;
  occurred_at: Date | string;
  recorded_at: Date | string;
  actor: string;
  agency: string | null;
  correlation_id: string;
  causation_id: string | null;
}

export function rowToEvent(row: EventRow): RecordedEvent {
  const position = Number(row.global_position);
  return {
    id: row.event_id,
    type: row.event_type,
    schemaVersion: Number(row.schema_version),
    data: typeof row.data === 'string' ? JSON.parse(row.data) : row.data,
    streamId: row.stream_id,
    revision: Number(row.revision),
    globalPosition: position,
    checkpoint: { transactionId: Number(row.transaction_xid), position },
    metadata: {
      occurredAt: new Date(row.occurred_at).toISOString(),
      recordedAt: new Date(row.recorded_at).toISOString(),
      actor: row.actor,
      agency: row.agency,
      correlationId: row.correlation_id,
      causationId: row.causation_id,
    },
  };
}
