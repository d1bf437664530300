import { randomUUID } from 'node:crypto';
import {
  AllStreamRecordedEvent,
  BACKWARDS,
  END,
  EventData,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  ReadPosition,
  RecordedEvent as ServerEvent,
  START as STREAM_START,
  StreamNotFoundError,
} from '@eventstore/db-client';
import { Clock, SystemClock } from '../clock/clock';
import { CommandContext } from '../events/command-context';
import { NewEvent } from '../events/new-event';
import { Checkpoint, compareCheckpoints, RecordedEvent, START } from '../events/recorded-event';
import { WrongExpectedRevisionError } from '../store/errors';
import { AppendResult, EventBatchHandler, EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../store/event-store';
import { ExpectedRevision } from '../store/expected-revision';
import { validateAppend } from '../store/validate-append';
import { EventStoreDbSubscription } from './eventstoredb-subscription';
import { toStoreError } from './mapping/append-error';
import { toEventData } from './mapping/event-data';
import { toAppendExpectedRevision } from './mapping/expected-revision';
import { checkpointToPosition, positionToCheckpoint } from './mapping/position';
import { isSystemEvent, toRecordedEvent } from './mapping/recorded-event';
import { findEarlierAppend, pinExpectation } from './retry-safe-append';

/** The part of the client the store uses, so that tests can stand a simulated server in for it. */
export type EventStoreDbClientPort = Pick<EventStoreDBClient, 'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'>;

export interface EventStoreDbEventStoreOptions {
  clock?: Clock;
}

/** Pages of $all: big enough to step over the server's own events quickly, small enough to hold. */
const READ_ALL_PAGE = 1000;
const HEAD_SEARCH_PAGE = 100;

/**
 * The event store on EventStoreDB 22.6 or later (older servers do not say where in the log an
 * event read from a stream sits). The store owns its client and disposes of it on close().
 *
 * What it costs beyond the server's own append: one read of the last event written, for its
 * checkpoint; and, when the caller chose event ids, one read of the whole stream first. Unlike
 * PostgreSQL's unique index, that read sees the stream only: an id reused in another stream
 * is not detected, and two identical appends racing each other may both report written: true
 * (the server stores the events once and acknowledges the second by itself).
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly clock: Clock;
  private readonly subscriptions = new Set<EventStoreDbSubscription>();

  constructor(
    private readonly client: EventStoreDbClientPort,
    options: EventStoreDbEventStoreOptions = {},
  ) {
    this.clock = options.clock ?? new SystemClock();
  }

  /** Parses the connection string (esdb://host:2113?tls=false); the first call connects. */
  static connect(connectionString: string, options: EventStoreDbEventStoreOptions = {}): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString), options);
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision, context: CommandContext): Promise<AppendResult> {
    validateAppend(streamId, events, expected, context);
    const now = this.clock.now().toISOString();
    const ids = events.map((event) => (event.id ?? randomUUID()).toLowerCase());
    const proposed = events.map((event, index) => toEventData(event, ids[index], context, now));
    // Fresh UUIDs cannot have been written before: only ids the caller chose need the check.
    if (events.every((event) => event.id === undefined)) return this.write(streamId, proposed, expected);
    return this.appendOnce(streamId, proposed, ids, expected);
  }

  /** See retry-safe-append.ts for why, and what the server already guarantees. */
  private async appendOnce(streamId: string, proposed: EventData[], ids: string[], expected: ExpectedRevision): Promise<AppendResult> {
    for (;;) {
      const stream = await this.readStream(streamId);
      const earlier = findEarlierAppend(stream, ids, streamId);
      if (earlier) {
        const last = earlier[earlier.length - 1];
        return { nextExpectedRevision: last.revision, checkpoint: last.checkpoint, written: false };
      }
      const pinned = pinExpectation(streamId, expected, stream.length > 0 ? stream[stream.length - 1].revision : 'no_stream');
      try {
        return await this.write(streamId, proposed, pinned);
      } catch (error) {
        // Another writer got in between the read and the write: look again.
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
      }
    }
  }

  private async write(streamId: string, proposed: EventData[], expected: ExpectedRevision): Promise<AppendResult> {
    let result;
    try {
      result = await this.client.appendToStream(streamId, proposed, { expectedRevision: toAppendExpectedRevision(expected) });
    } catch (error) {
      throw toStoreError(error, streamId, expected);
    }
    // Only a client built with throwOnAppendFailure=false answers a conflict this way, and its current revision is unreliable then.
    if (!result.success) throw new WrongExpectedRevisionError(streamId, expected, await this.currentRevision(streamId));
    const revision = Number(result.nextExpectedRevision);
    return { nextExpectedRevision: revision, checkpoint: await this.checkpointOf(streamId, revision), written: true };
  }

  /**
   * The reply to an append gives the commit record's position as both commit and prepare (the
   * server's code calls this "not technically correct"), which need not be the pair readers see
   * for the last event. Callers wait for subscribers to reach this checkpoint, so it must be that
   * pair exactly: a higher one would never be reached.
   */
  private async checkpointOf(streamId: string, revision: number): Promise<Checkpoint> {
    const [event] = await this.readStream(streamId, { from: revision, maxCount: 1 });
    if (!event || event.revision !== revision) throw new Error(`Event ${revision} of ${streamId} was written but cannot be read back`);
    return event.checkpoint;
  }

  private async currentRevision(streamId: string): Promise<number | 'no_stream'> {
    const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    return last ? last.revision : 'no_stream';
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.maxCount === 0) return [];
    const backwards = options.direction === 'backwards';
    const read = this.client.readStream(streamId, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.from !== undefined ? BigInt(options.from) : backwards ? END : STREAM_START,
      maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
    });
    try {
      return (await serverEvents(read)).map(toRecordedEvent);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  /** A read of $all starts at its position, not after it, and includes the server's own events: both are filtered here. */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? 1000;
    const found: RecordedEvent[] = [];
    let after = options.after ?? START;
    while (found.length < maxCount) {
      const pageSize = Math.min(maxCount - found.length + 1, READ_ALL_PAGE);
      const page = await serverEvents(this.client.readAll({ fromPosition: checkpointToPosition(after), maxCount: pageSize }));
      for (const event of page) {
        const checkpoint = positionToCheckpoint(event.position);
        if (compareCheckpoints(checkpoint, after) <= 0) continue;
        after = checkpoint;
        if (!isSystemEvent(event) && found.length < maxCount) found.push(toRecordedEvent(event));
      }
      if (page.length < pageSize) break;
    }
    return found;
  }

  subscribe(handler: EventBatchHandler, options: SubscribeOptions = {}): Subscription {
    const subscription = new EventStoreDbSubscription(
      // The server drops its own events by type; the subscription also drops events in $-streams.
      (after) => this.client.subscribeToAll({ fromPosition: checkpointToPosition(after), filter: excludeSystemEvents() }),
      () => this.headCheckpoint(),
      handler,
      options,
    );
    this.subscriptions.add(subscription);
    const forget = () => void this.subscriptions.delete(subscription);
    subscription.stopped.then(forget, forget);
    return subscription;
  }

  /** The newest event of the platform's own: the server may have written its bookkeeping after it. */
  async headCheckpoint(): Promise<Checkpoint> {
    let from: ReadPosition = END;
    for (;;) {
      const page: AllStreamRecordedEvent[] = await serverEvents(this.client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount: HEAD_SEARCH_PAGE }));
      const newest = page.find((event) => !isSystemEvent(event));
      if (newest) return positionToCheckpoint(newest.position);
      if (page.length < HEAD_SEARCH_PAGE) return START;
      from = page[page.length - 1].position;
    }
  }

  // countEvents is left out: the server keeps no count of the log short of reading all of it.

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.client.dispose();
  }
}

/** Reads are never asked to resolve links, so every item carries its own event. */
async function serverEvents<E extends ServerEvent>(read: AsyncIterable<{ event?: E }>): Promise<E[]> {
  const events: E[] = [];
  for await (const resolved of read) if (resolved.event) events.push(resolved.event);
  return events;
}
