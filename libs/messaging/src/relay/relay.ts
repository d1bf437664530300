import {
  Checkpoint,
  checkpointMigrations,
  EventStore,
  markFailed,
  migrate,
  readCheckpoint,
  RecordedEvent,
  saveCheckpoint,
  Sql,
  Subscription,
} from '@cpp/eventsourcing';
import { IntegrationBus, OutgoingRecord } from '../bus/integration-bus';
import { backoffDelay, BackoffOptions } from '../retry/backoff';
import { retryTransient, StoppedError } from '../retry/retry-transient';
import { OutboundMappers } from './outbound-mappers';
import { outboundRecord } from './outbound-record';
import { RelayFailure } from './relay-failure';

export interface RelayOptions {
  /** The public topic; one topic for every type, so that an agency's messages keep their order. */
  topic: string;
  /** Names the checkpoint (`relay:<name>` beside the projections' checkpoints). */
  name?: string;
  batchSize?: number;
  backoff?: BackoffOptions;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  /** A mapper failed (the relay stops at that event) or was found stopped at start. */
  onFailure?: (failure: RelayFailure | Error) => void;
  /**
   * How long a position past events that publish nothing may stay unsaved (default 1000 ms).
   * Replaying those after a crash publishes nothing, so saving each such batch is waste.
   */
  passedByIntervalMs?: number;
}

/**
 * Publishes the platform's public events from the global log. The store is the outbox:
 * only committed events are read, and the checkpoint moves only after the bus acknowledged
 * a batch, so a crash at any point republishes (never skips) the events since the last
 * checkpoint. Consumers de-duplicate on the message id, which is the event id.
 */
export class Relay {
  readonly name: string;
  private subscription: Subscription | undefined;
  private readonly stopping = new AbortController();
  private restarts = 0;
  /** Translated but not saved, because nothing was published since the last save. */
  private unsaved: Checkpoint | undefined;
  private lastSavedAt = 0;

  constructor(
    private readonly store: EventStore,
    private readonly sql: Sql,
    private readonly bus: IntegrationBus,
    private readonly mappers: OutboundMappers,
    private readonly options: RelayOptions,
  ) {
    this.name = options.name ?? 'public-events';
  }

  private get checkpointName(): string {
    return `relay:${this.name}`;
  }

  async start(): Promise<void> {
    await migrate(this.sql, 'projections', checkpointMigrations);
    await this.subscribe();
  }

  private async subscribe(): Promise<void> {
    const saved = await readCheckpoint(this.sql, this.checkpointName);
    if (saved.status === 'failed') {
      this.options.onFailure?.(new Error(`Relay ${this.name} is stopped at event ${saved.failedEventId}: ${saved.error}`));
      return;
    }
    this.subscription = this.store.subscribe((events) => this.relay(events), {
      after: saved.checkpoint,
      batchSize: this.options.batchSize,
      onError: (error) => void this.onSubscriptionError(error),
    });
  }

  /** Resolves when everything committed before the call is published and checkpointed. */
  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.subscription?.stop();
    if (this.unsaved) await saveCheckpoint(this.sql, this.checkpointName, this.unsaved);
    this.unsaved = undefined;
  }

  private async relay(events: RecordedEvent[]): Promise<void> {
    const records: OutgoingRecord[] = [];
    let translated = 0;
    let failure: RelayFailure | undefined;
    for (const event of events) {
      try {
        const message = this.mappers.map(event);
        if (message) records.push(outboundRecord(this.options.topic, event, message));
        translated++;
      } catch (error) {
        failure = new RelayFailure(this.name, event, error);
        break;
      }
    }
    // What precedes an untranslatable event still goes out, so the relay stops exactly at it.
    const retry = (work: () => Promise<void>) =>
      retryTransient(work, { signal: this.stopping.signal, backoff: this.options.backoff, onRetry: this.options.onRetry, what: `Relay ${this.name}` });
    if (records.length > 0) await retry(() => this.bus.publish(records));
    if (translated > 0) await this.moveCheckpoint(events[translated - 1].checkpoint, records.length > 0 || failure !== undefined, retry);
    if (failure) throw failure;
    this.restarts = 0;
  }

  /**
   * After a publish the checkpoint is saved at once (the bus acknowledged: a crash must not
   * publish again what it can avoid). Past events that publish nothing it is saved at most
   * every `passedByIntervalMs`, and on stop: a crash then replays them, publishing nothing.
   */
  private async moveCheckpoint(checkpoint: Checkpoint, published: boolean, retry: (work: () => Promise<void>) => Promise<void>): Promise<void> {
    if (!published && Date.now() - this.lastSavedAt < (this.options.passedByIntervalMs ?? 1000)) {
      this.unsaved = checkpoint;
      return;
    }
    await retry(() => saveCheckpoint(this.sql, this.checkpointName, checkpoint));
    this.unsaved = undefined;
    this.lastSavedAt = Date.now();
  }

  private async onSubscriptionError(error: unknown): Promise<void> {
    if (error instanceof StoppedError || this.stopping.signal.aborted) return;
    if (error instanceof RelayFailure) {
      await markFailed(this.sql, this.checkpointName, error.event.id, error.event.globalPosition, error.message).catch(() => undefined);
      this.options.onFailure?.(error);
      return;
    }
    // Reading the log failed (the database went away): start again from the checkpoint.
    this.restarts++;
    const delay = backoffDelay(this.restarts, this.options.backoff);
    this.options.onRetry?.(error, this.restarts, delay);
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (!this.stopping.signal.aborted) await this.subscribe().catch((failure) => this.onSubscriptionError(failure));
  }
}
