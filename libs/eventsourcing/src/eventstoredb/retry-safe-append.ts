import { RecordedEvent } from '../events/recorded-event';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../store/errors';
import { ExpectedRevision } from '../store/expected-revision';

/*
 * What EventStoreDB guarantees natively: an append that repeats the ids of the events written
 * just after the expected revision it names is acknowledged without writing again. It does not
 * say that it wrote nothing; with `any` it only checks a cache of recent writes; and it never
 * refuses an id already used elsewhere in the stream. The port promises all three, so an
 * append that names its own ids first reads the stream (these two functions decide on what it
 * found), then writes pinned to the exact revision it read, so nothing can slip in between.
 */

/**
 * The events of an earlier append with exactly these ids, in this order, one after another;
 * undefined when none of the ids is in the stream. Any other overlap is a reused id.
 */
export function findEarlierAppend(stream: RecordedEvent[], ids: string[], streamId: string): RecordedEvent[] | undefined {
  const wanted = new Set(ids);
  const found = stream.filter((event) => wanted.has(event.id));
  if (found.length === 0) return undefined;
  const sameAppend = found.length === ids.length && found.every((event, index) => event.id === ids[index] && event.revision === found[0].revision + index);
  if (!sameAppend) throw new DuplicateEventIdError(found[0].id, streamId);
  return found;
}

/** The exact expectation to write with, given the stream's revision as just read; refuses an unmet one. */
export function pinExpectation(streamId: string, expected: ExpectedRevision, current: number | 'no_stream'): number | 'no_stream' {
  const met = expected === 'any' || (expected === 'stream_exists' && current !== 'no_stream') || expected === current;
  if (!met) throw new WrongExpectedRevisionError(streamId, expected, current);
  return current;
}
