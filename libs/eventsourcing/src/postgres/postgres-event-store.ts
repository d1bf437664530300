import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Coalescer } from '../batching/coalescer';
import { Clock, SystemClock } from '../clock/clock';
import { CommandContext } from '../events/command-context';
import { NewEvent } from '../events/new-event';
import { Checkpoint, RecordedEvent, START } from '../events/recorded-event';
import { migrate } from '../sql/migrations';
import { Sql, SqlExecutor, sqlErrorCode, UNIQUE_VIOLATION } from '../sql/sql';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../store/errors';
import { AppendResult, EventBatchHandler, EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../store/event-store';
import { ExpectedRevision } from '../store/expected-revision';
import { PollingSubscription } from '../store/polling-subscription';
import { validateAppend } from '../store/validate-append';
import { APPEND_MANY, appendStatement, EVENT_COLUMNS, LAST_COMMITTED, READ_ALL } from './append.sql';
import { eventStoreMigrations } from './event-store.migrations';
import { EventRow, rowToEvent } from './row-to-event';

/** The store's statements are a fixed set: each is prepared once per connection. */
const PREPARED = { prepared: true } as const;

export interface PostgresEventStoreOptions {
  clock?: Clock;
  /** How often an idle subscription looks for events appended by other processes. */
  pollIntervalMs?: number;
}

interface PendingAppend {
  streamId: string;
  events: NewEvent[];
  expected: number | 'no_stream';
  context: CommandContext;
}

/**
 * The event store on PostgreSQL, and on PGlite with the very same SQL. Appends at an exact
 * revision or to a new stream that arrive while another is being written are committed
 * together, one statement and one transaction for all (group commit): each still succeeds or
 * fails on its own, as if it had been appended alone.
 */
export class PostgresEventStore implements EventStore {
  readonly appends = new EventEmitter();
  private readonly clock: Clock;
  private readonly groupCommit = new Coalescer<PendingAppend, AppendResult | Error>((appends) => this.appendTogether(appends));

  constructor(
    readonly sql: Sql,
    private readonly options: PostgresEventStoreOptions = {},
  ) {
    this.clock = options.clock ?? new SystemClock();
    this.appends.setMaxListeners(0);
  }

  static async create(sql: Sql, options: PostgresEventStoreOptions = {}): Promise<PostgresEventStore> {
    await migrate(sql, 'eventstore', eventStoreMigrations);
    return new PostgresEventStore(sql, options);
  }

  /** Appends through another executor, e.g. inside a transaction the caller controls. */
  async appendWith(executor: SqlExecutor, streamId: string, events: NewEvent[], expected: ExpectedRevision, context: CommandContext): Promise<AppendResult> {
    validateAppend(streamId, events, expected, context);
    const now = this.clock.now().toISOString();
    const ids = events.map((event) => event.id ?? randomUUID());
    const params: unknown[] = [
      streamId,
      events.length,
      ids,
      events.map((event) => event.type),
      events.map((event) => event.schemaVersion ?? 1),
      events.map((event) => JSON.stringify(event.data ?? null)),
      events.map((event) => event.occurredAt ?? now),
      context.actor,
      context.agency,
      context.correlationId,
      context.causationId,
    ];
    if (typeof expected === 'number') params.push(expected);
    try {
      const result = await executor.query<{ revision: number; position: number; transaction_xid: string }>(appendStatement(expected), params, PREPARED);
      if (result.rows.length === 1) {
        const row = result.rows[0];
        const position = Number(row.position);
        return { nextExpectedRevision: Number(row.revision), checkpoint: { transactionId: Number(row.transaction_xid), position }, written: true };
      }
    } catch (error) {
      if (sqlErrorCode(error) !== UNIQUE_VIOLATION) throw error;
    }
    return this.explainRefusal(executor, streamId, ids, expected);
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision, context: CommandContext): Promise<AppendResult> {
    if (expected !== 'no_stream' && typeof expected !== 'number') {
      const result = await this.appendWith(this.sql, streamId, events, expected, context);
      if (result.written) this.appends.emit('appended');
      return result;
    }
    validateAppend(streamId, events, expected, context);
    const identified = events.map((event) => ({ ...event, id: event.id ?? randomUUID() }));
    const outcome = await this.groupCommit.call({ streamId, events: identified, expected, context });
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }

  /**
   * One statement for the first append of each stream; a second append to a stream already in
   * the batch follows it alone, so that its expectation is judged after the first. Should an
   * event id be taken (a repeated append), every append is tried alone, which tells a repeat
   * from a conflict.
   */
  private async appendTogether(appends: PendingAppend[]): Promise<(AppendResult | Error)[]> {
    const outcomes = new Array<AppendResult | Error | undefined>(appends.length);
    const streams = new Set<string>();
    const together: number[] = [];
    appends.forEach((append, index) => {
      if (streams.has(append.streamId)) return;
      streams.add(append.streamId);
      together.push(index);
    });
    if (together.length > 1) {
      const written = await this.appendManyAtOnce(together.map((index) => appends[index]));
      if (written) {
        for (const [position, index] of together.entries()) {
          const append = appends[index];
          outcomes[index] =
            written[position] ??
            (await this.explainRefusal(
              this.sql,
              append.streamId,
              append.events.map((event) => event.id!),
              append.expected,
            ).catch((error: Error) => error));
        }
      }
    }
    for (let index = 0; index < appends.length; index++) {
      if (outcomes[index]) continue;
      const { streamId, events, expected, context } = appends[index];
      outcomes[index] = await this.appendWith(this.sql, streamId, events, expected, context).catch((error: Error) => error);
    }
    if (outcomes.some((outcome) => !(outcome instanceof Error) && outcome!.written)) this.appends.emit('appended');
    return outcomes as (AppendResult | Error)[];
  }

  /** Each append's result, undefined where its expectation failed; undefined for all when an event id was taken. */
  private async appendManyAtOnce(appends: PendingAppend[]): Promise<(AppendResult | undefined)[] | undefined> {
    const now = this.clock.now().toISOString();
    const perEvent = appends.flatMap((append, index) => append.events.map((event, ord) => ({ append, event, index: index + 1, ord: ord + 1 })));
    const params = [
      appends.map((append) => append.streamId),
      appends.map((append) => append.events.length),
      appends.map((append) => (append.expected === 'no_stream' ? null : append.expected)),
      perEvent.map((row) => row.index),
      perEvent.map((row) => row.ord),
      perEvent.map((row) => row.event.id),
      perEvent.map((row) => row.event.type),
      perEvent.map((row) => row.event.schemaVersion ?? 1),
      perEvent.map((row) => JSON.stringify(row.event.data ?? null)),
      perEvent.map((row) => row.event.occurredAt ?? now),
      perEvent.map((row) => row.append.context.actor),
      perEvent.map((row) => row.append.context.agency),
      perEvent.map((row) => row.append.context.correlationId),
      perEvent.map((row) => row.append.context.causationId),
    ];
    let rows: { stream_id: string; revision: number; position: number; transaction_xid: string }[];
    try {
      rows = (await this.sql.query<{ stream_id: string; revision: number; position: number; transaction_xid: string }>(APPEND_MANY, params, PREPARED)).rows;
    } catch (error) {
      if (sqlErrorCode(error) === UNIQUE_VIOLATION) return undefined;
      throw error;
    }
    const byStream = new Map(rows.map((row) => [row.stream_id, row]));
    return appends.map((append) => {
      const row = byStream.get(append.streamId);
      if (!row) return undefined;
      return {
        nextExpectedRevision: Number(row.revision),
        checkpoint: { transactionId: Number(row.transaction_xid), position: Number(row.position) },
        written: true,
      };
    });
  }

  /**
   * The append wrote nothing: either it is a retry of an append that already succeeded
   * (every id is there, in this stream, in this order) or the expectation was wrong.
   */
  private async explainRefusal(executor: SqlExecutor, streamId: string, ids: string[], expected: ExpectedRevision): Promise<AppendResult> {
    const existing = await executor.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM es_events WHERE event_id = ANY($1::uuid[]) ORDER BY revision`, [ids]);
    if (existing.rows.length > 0) {
      const found = existing.rows.map(rowToEvent);
      const sameAppend =
        found.length === ids.length &&
        found.every((event, index) => event.streamId === streamId && event.id === ids[index] && event.revision === found[0].revision + index);
      if (!sameAppend) throw new DuplicateEventIdError(found[0].id, streamId);
      const last = found[found.length - 1];
      return { nextExpectedRevision: last.revision, checkpoint: last.checkpoint, written: false };
    }
    const stream = await executor.query<{ revision: number }>('SELECT revision FROM es_streams WHERE stream_id = $1', [streamId]);
    throw new WrongExpectedRevisionError(streamId, expected, stream.rows.length ? Number(stream.rows[0].revision) : 'no_stream');
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.from ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const result = await this.sql.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events
       WHERE stream_id = $1 AND revision ${backwards ? '<=' : '>='} $2
       ORDER BY revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
      [streamId, from, options.maxCount ?? Number.MAX_SAFE_INTEGER],
      PREPARED,
    );
    return result.rows.map(rowToEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? START;
    const result = await this.sql.query<EventRow>(READ_ALL, [String(after.transactionId), after.position, options.maxCount ?? 1000], PREPARED);
    return result.rows.map(rowToEvent);
  }

  subscribe(handler: EventBatchHandler, options: SubscribeOptions = {}): Subscription {
    return new PollingSubscription(this, handler, { pollIntervalMs: this.options.pollIntervalMs, ...options });
  }

  async headCheckpoint(): Promise<Checkpoint> {
    const result = await this.sql.query<{ transaction_xid: string; global_position: number }>(LAST_COMMITTED, [], PREPARED);
    if (result.rows.length === 0) return START;
    return { transactionId: Number(result.rows[0].transaction_xid), position: Number(result.rows[0].global_position) };
  }

  async countEvents(): Promise<number> {
    const result = await this.sql.query<{ count: number }>('SELECT count(*)::bigint AS count FROM es_events');
    return Number(result.rows[0].count);
  }

  /** The connection belongs to whoever opened it (projections share it); this only detaches. */
  async close(): Promise<void> {
    this.appends.removeAllListeners();
  }
}
