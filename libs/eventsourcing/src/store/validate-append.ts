import { NewEvent } from '../events/new-event';
import { CommandContext } from '../events/command-context';
import { InvalidAppendError } from './errors';
import { ExpectedRevision } from './expected-revision';

/** One event's serialised data may not exceed this: events are facts, not file storage. */
export const MAX_EVENT_BYTES = 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPE = /^[A-Za-z][A-Za-z0-9_.:-]{0,199}$/;
/**
 * JSON.stringify writes a NUL or half a surrogate pair as an escape (`\u0000`, `\ud800`) that
 * PostgreSQL's jsonb refuses (a whole pair it writes as is); after an odd run of backslashes
 * the escape is text someone typed.
 */
const UNSTORABLE_ESCAPE = /(?<!\\)(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/i;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSTORABLE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Checks shared by every adapter, so that bad input is refused the same way everywhere. */
export function validateAppend(streamId: unknown, events: NewEvent[], expected: unknown, context: CommandContext): void {
  if (typeof streamId !== 'string' || streamId.trim() === '') throw new InvalidAppendError('Stream id must be a non-empty string');
  if (streamId.length > 400) throw new InvalidAppendError('Stream id is longer than 400 characters');
  if (UNSTORABLE_TEXT.test(streamId)) throw new InvalidAppendError('Stream id holds a NUL or a lone surrogate');
  if (streamId.startsWith('$')) throw new InvalidAppendError('Stream ids starting with $ are reserved');
  if (!isExpectedRevision(expected)) throw new InvalidAppendError(`Unknown expected revision: ${String(expected)}`);
  if (!Array.isArray(events) || events.length === 0) throw new InvalidAppendError('An append needs at least one event');
  if (!context || typeof context.actor !== 'string' || context.actor === '') throw new InvalidAppendError('Every append must name its actor');
  const ids = new Set<string>();
  for (const event of events) {
    if (typeof event.type !== 'string' || !TYPE.test(event.type)) throw new InvalidAppendError(`Invalid event type: ${String(event.type)}`);
    if (event.id !== undefined) {
      if (!UUID.test(event.id)) throw new InvalidAppendError(`Event id must be a UUID: ${event.id}`);
      if (ids.has(event.id)) throw new InvalidAppendError(`Event id ${event.id} appears twice in one append`);
      ids.add(event.id);
    }
    if (event.schemaVersion !== undefined && (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1)) {
      throw new InvalidAppendError(`Schema version must be a positive integer: ${event.schemaVersion}`);
    }
    if (event.occurredAt !== undefined && Number.isNaN(Date.parse(event.occurredAt))) {
      throw new InvalidAppendError(`occurredAt is not a date: ${event.occurredAt}`);
    }
    const serialised = JSON.stringify(event.data ?? null);
    if (UNSTORABLE_ESCAPE.test(serialised)) {
      throw new InvalidAppendError(`Event ${event.type} holds text no store can keep: a NUL character or a lone UTF-16 surrogate`);
    }
    const size = Buffer.byteLength(serialised, 'utf8');
    if (size > MAX_EVENT_BYTES) throw new InvalidAppendError(`Event ${event.type} is ${size} bytes; the limit is ${MAX_EVENT_BYTES}`);
  }
}

function isExpectedRevision(value: unknown): value is ExpectedRevision {
  return value === 'no_stream' || value === 'any' || value === 'stream_exists' || (typeof value === 'number' && Number.isInteger(value) && value >= 0);
}
