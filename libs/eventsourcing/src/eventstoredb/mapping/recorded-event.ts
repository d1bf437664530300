import { RecordedEvent as ServerEvent } from '@eventstore/db-client';
import { RecordedEvent } from '../../events/recorded-event';
import { fromStoredMetadata } from './event-metadata';
import { positionToCheckpoint } from './position';

/**
 * The server's own bookkeeping ($metadata, $settings, statistics, links, projection state) is
 * not part of the platform's log: its types or streams start with `$`, which validateAppend
 * refuses for ours.
 */
export function isSystemEvent(event: { type: string; streamId: string }): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

export function toRecordedEvent(event: ServerEvent): RecordedEvent {
  // Reads of $all always carry it; reads of a stream only from server 22.6 on.
  if (!event.position) throw new Error(`EventStoreDB gave no log position for event ${event.id} of ${event.streamId}: version 22.6 or later is required`);
  const checkpoint = positionToCheckpoint(event.position);
  const recordedAt = event.created.toISOString();
  const { metadata, schemaVersion } = fromStoredMetadata(event.metadata, recordedAt);
  return {
    id: event.id,
    type: event.type,
    schemaVersion,
    data: event.data,
    streamId: event.streamId,
    revision: Number(event.revision),
    // The commit position: a current server gives each event its own (commit equals prepare).
    globalPosition: checkpoint.transactionId,
    checkpoint,
    metadata,
  };
}
