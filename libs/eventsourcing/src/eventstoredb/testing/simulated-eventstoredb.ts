import { randomUUID } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  AllStreamRecordedEvent,
  AppendExpectedRevision,
  AppendResult,
  CurrentRevision,
  EventData,
  Filter,
  NO_STREAM,
  ReadPosition,
  ReadRevision,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { EventStoreDbClientPort } from '../eventstoredb-event-store';

interface StoredRecord {
  streamId: string;
  id: string;
  type: string;
  data: string;
  metadata: string | undefined;
  revision: bigint;
  position: bigint;
  created: Date;
}

interface ReadOptions {
  direction?: 'forwards' | 'backwards';
  maxCount?: number | bigint;
}

/**
 * A stand-in for an EventStoreDB server, for a machine that cannot run one. It models what
 * the adapter relies on, as the server's source and the client's typings describe it, and
 * nothing more:
 * - each event has its own log position, reported as equal commit and prepare positions;
 * - the server writes events of its own ($-types, and other types in $-streams) between ours;
 * - a read of $all starts at its position, inclusive; a subscription starts after it;
 * - an append's reply gives a position that no event has (the commit record's);
 * - a retry at the same exact expectation with the same ids is acknowledged without writing;
 *   with `any` no ids are checked, as when the server's cache of recent writes misses.
 * Every call first yields a turn, so concurrent calls interleave as over a network.
 * Passing the contract here proves the adapter's logic, not the real server's behaviour.
 */
export class SimulatedEventStoreDB {
  private readonly log: StoredRecord[] = [];
  private readonly subscribers = new Set<(record: StoredRecord) => void>();
  private readonly streams = new Set<PassThrough>();
  private nextPosition = 1000n;
  private appendCount = 0;

  constructor() {
    this.record('$settings', '$settings');
  }

  client(): EventStoreDbClientPort {
    const port = {
      appendToStream: (streamName: string, events: EventData | EventData[], options: { expectedRevision?: AppendExpectedRevision } = {}) =>
        this.append(streamName, Array.isArray(events) ? events : [events], options.expectedRevision ?? 'any'),
      readStream: (streamName: string, options: ReadOptions & { fromRevision?: ReadRevision } = {}) => this.readStream(streamName, options),
      readAll: (options: ReadOptions & { fromPosition?: ReadPosition } = {}) => this.readAll(options),
      subscribeToAll: (options: { fromPosition?: ReadPosition; filter?: Filter } = {}) => this.subscribeToAll(options),
      dispose: async () => {
        for (const stream of this.streams) stream.end();
      },
    };
    return port as unknown as EventStoreDbClientPort;
  }

  private async append(streamName: string, events: EventData[], expected: AppendExpectedRevision): Promise<AppendResult> {
    await nextTurn();
    const stream = this.log.filter((record) => record.streamId === streamName);
    const current: CurrentRevision = stream.length > 0 ? stream[stream.length - 1].revision : NO_STREAM;
    if (expected === NO_STREAM || typeof expected === 'bigint') {
      const first = expected === NO_STREAM ? 0 : Number(expected) + 1;
      if (events.every((event, index) => stream[first + index]?.id === event.id)) {
        const last = stream[first + events.length - 1];
        return { success: true, nextExpectedRevision: last.revision, position: { commit: last.position + 1n, prepare: last.position + 1n } };
      }
    }
    const met = expected === 'any' || (expected === 'stream_exists' ? current !== NO_STREAM : expected === current);
    if (!met) throw new WrongExpectedVersionError(undefined, { streamName, expected, current });
    const base = current === NO_STREAM ? 0n : current + 1n;
    const written = events.map((event, index) =>
      this.record(
        streamName,
        event.type,
        event.id,
        JSON.stringify(event.data),
        event.metadata ? JSON.stringify(event.metadata) : undefined,
        base + BigInt(index),
      ),
    );
    this.appendCount++;
    if (this.appendCount % 3 === 0) this.record('$stats-127.0.0.1:2113', '$statsCollected');
    if (this.appendCount % 5 === 0) this.record('$projections-simulated-result', 'Result');
    const last = written[written.length - 1];
    return { success: true, nextExpectedRevision: last.revision, position: { commit: last.position + 1n, prepare: last.position + 1n } };
  }

  private record(streamId: string, type: string, id: string = randomUUID(), data = '{}', metadata?: string, revision = 0n): StoredRecord {
    const record: StoredRecord = { streamId, type, id, data, metadata, revision, position: this.nextPosition, created: new Date() };
    this.nextPosition += 137n;
    this.log.push(record);
    for (const notify of this.subscribers) notify(record);
    return record;
  }

  private readStream(streamName: string, options: ReadOptions & { fromRevision?: ReadRevision }): Readable {
    const log = this.log;
    return Readable.from(
      (async function* () {
        await nextTurn();
        const stream = log.filter((record) => record.streamId === streamName);
        if (stream.length === 0) throw new StreamNotFoundError(undefined, streamName);
        const from = options.fromRevision ?? 'start';
        const selected =
          options.direction === 'backwards'
            ? stream.filter((record) => typeof from !== 'bigint' || record.revision <= from).reverse()
            : stream.filter((record) => typeof from !== 'bigint' || record.revision >= from);
        for (const record of selected.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER))) yield { event: toServerEvent(record) };
      })(),
    );
  }

  private readAll(options: ReadOptions & { fromPosition?: ReadPosition }): Readable {
    const log = this.log;
    return Readable.from(
      (async function* () {
        await nextTurn();
        const from = options.fromPosition ?? 'start';
        const at = typeof from === 'object' ? from.commit : undefined;
        const selected =
          options.direction === 'backwards'
            ? log.filter((record) => at === undefined || record.position <= at).reverse()
            : log.filter((record) => at === undefined || record.position >= at);
        for (const record of selected.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER))) yield { event: toServerEvent(record) };
      })(),
    );
  }

  private subscribeToAll(options: { fromPosition?: ReadPosition; filter?: Filter }): PassThrough {
    const stream = new PassThrough({ objectMode: true });
    const from = options.fromPosition ?? 'start';
    const after = typeof from === 'object' ? from.commit : -1n;
    const regex = options.filter && 'regex' in options.filter ? new RegExp(options.filter.regex) : undefined;
    const deliver = (record: StoredRecord) => {
      if (record.position > after && (!regex || regex.test(record.type))) stream.write({ event: toServerEvent(record) });
    };
    let unsubscribed = false;
    void nextTurn().then(() => {
      if (unsubscribed) return;
      for (const record of this.log) deliver(record);
      this.subscribers.add(deliver);
    });
    this.streams.add(stream);
    Object.assign(stream, {
      unsubscribe: async () => {
        unsubscribed = true;
        this.subscribers.delete(deliver);
        this.streams.delete(stream);
        stream.end();
      },
    });
    return stream;
  }
}

function toServerEvent(record: StoredRecord): AllStreamRecordedEvent {
  return {
    streamId: record.streamId,
    id: record.id,
    revision: record.revision,
    type: record.type,
    data: JSON.parse(record.data),
    metadata: record.metadata === undefined ? undefined : JSON.parse(record.metadata),
    isJson: true,
    created: record.created,
    position: { commit: record.position, prepare: record.position },
  } as AllStreamRecordedEvent;
}
