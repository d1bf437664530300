import { EventData, jsonEvent, JSONType } from '@eventstore/db-client';
import { CommandContext } from '../../events/command-context';
import { NewEvent } from '../../events/new-event';
import { toStoredMetadata } from './event-metadata';

/**
 * A new event as the client sends it. Ids are lower-cased and times normalised to UTC so that
 * reads return exactly what the PostgreSQL adapter returns (uuid and timestamptz columns).
 * Any JSON value is allowed as data: the client only JSON.stringify-s it, whatever its typing says.
 */
export function toEventData(event: NewEvent, id: string, context: CommandContext, now: string): EventData {
  const occurredAt = new Date(event.occurredAt ?? now).toISOString();
  return jsonEvent({
    id: id.toLowerCase(),
    type: event.type,
    data: (event.data ?? null) as JSONType,
    metadata: toStoredMetadata(context, occurredAt, event.schemaVersion ?? 1),
  });
}
