import { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import { Checkpoint, compareCheckpoints, RecordedEvent, START } from '../events/recorded-event';
import { EventBatchHandler, SubscribeOptions, Subscription } from '../store/event-store';
import { isSystemEvent, toRecordedEvent } from './mapping/recorded-event';

/** Opens the server's catch-up subscription to $all after a checkpoint. */
export type OpenSubscription = (after: Checkpoint) => AllStreamSubscription;

/**
 * The server pushes one event at a time, reading the log and then following it live in one
 * stream; this turns that into the port's batches. Events queue while the handler runs and
 * the next batch takes what has queued, so batches grow with load; past two batches' worth the
 * stream is paused and the server's gRPC flow control holds back the rest.
 */
export class EventStoreDbSubscription implements Subscription {
  readonly stopped: Promise<void>;
  /** The last event the handler has finished with. */
  private position: Checkpoint;
  /** The last event queued: the server's start position is not documented as exclusive, so this guards. */
  private received: Checkpoint;
  private readonly queue: RecordedEvent[] = [];
  private readonly batchSize: number;
  private readonly source: AllStreamSubscription;
  private running = true;
  private failure: unknown;
  private wake: (() => void) | undefined;
  private readonly waiters: { target: Checkpoint; resolve: () => void; reject: (error: unknown) => void }[] = [];

  constructor(
    open: OpenSubscription,
    private readonly head: () => Promise<Checkpoint>,
    private readonly handler: EventBatchHandler,
    private readonly options: SubscribeOptions = {},
  ) {
    this.position = options.after ?? START;
    this.received = this.position;
    this.batchSize = options.batchSize ?? 500;
    this.source = open(this.position);
    this.source.on('data', (resolved: AllStreamResolvedEvent) => this.receive(resolved));
    this.source.on('error', (error) => this.fail(error));
    this.source.on('end', () => this.fail(new Error('EventStoreDB ended the subscription')));
    this.stopped = this.pump().finally(() => {
      const reason = this.failure ?? new Error('Subscription stopped before catching up');
      for (const waiter of this.waiters.splice(0)) waiter.reject(reason);
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.stopped;
  }

  async caughtUp(): Promise<void> {
    const target = await this.head();
    if (compareCheckpoints(this.position, target) >= 0) return;
    if (!this.running) throw this.failure ?? new Error('Subscription is stopped');
    return new Promise((resolve, reject) => this.waiters.push({ target, resolve, reject }));
  }

  private receive(resolved: AllStreamResolvedEvent): void {
    if (!this.running || !resolved.event || isSystemEvent(resolved.event)) return;
    let event: RecordedEvent;
    try {
      event = toRecordedEvent(resolved.event);
    } catch (error) {
      this.fail(error);
      return;
    }
    if (compareCheckpoints(event.checkpoint, this.received) <= 0) return;
    this.received = event.checkpoint;
    this.queue.push(event);
    if (this.queue.length >= 2 * this.batchSize) this.source.pause();
    this.wake?.();
  }

  /** Failures of the server stream; after stop() its ending is expected and ignored. */
  private fail(error: unknown): void {
    if (!this.running) return;
    this.failure = error;
    this.running = false;
    this.wake?.();
  }

  private async pump(): Promise<void> {
    while (this.running) {
      if (this.queue.length === 0) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        continue;
      }
      const batch = this.queue.splice(0, this.batchSize);
      if (this.queue.length < this.batchSize) this.source.resume();
      try {
        await this.handler(batch);
      } catch (error) {
        this.failure = error;
        this.running = false;
        break;
      }
      this.position = batch[batch.length - 1].checkpoint;
      this.releaseWaiters();
    }
    // The stream may never have opened; that failure is the one already recorded.
    await this.source.unsubscribe().catch(() => undefined);
    if (this.failure !== undefined) this.options.onError?.(this.failure);
  }

  private releaseWaiters(): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      if (compareCheckpoints(this.position, this.waiters[i].target) >= 0) {
        this.waiters[i].resolve();
        this.waiters.splice(i, 1);
      }
    }
  }
}
