import { EventEmitter } from 'node:events';
import { Checkpoint, compareCheckpoints, RecordedEvent, START } from '../events/recorded-event';
import { EventBatchHandler, Subscription, SubscribeOptions } from './event-store';
import { logTail } from './log-tail';

export interface PollingSource {
  readAll(options: { after: Checkpoint; maxCount: number }): Promise<RecordedEvent[]>;
  headCheckpoint(): Promise<Checkpoint>;
  /** Emits 'appended' when this process appends, so local subscribers need not wait a poll. */
  readonly appends: EventEmitter;
}

export interface PollingOptions extends SubscribeOptions {
  pollIntervalMs?: number;
}

/**
 * Catch-up then live, by reading the log in pages: the same code path serves both, so the
 * live phase inherits the catch-up phase's ordering guarantees. The pages come through the
 * process's one LogTail of the log, which reads each of them once for every subscription.
 */
export class PollingSubscription implements Subscription {
  readonly stopped: Promise<void>;
  private position: Checkpoint;
  private running = true;
  private wake: (() => void) | undefined;
  /** An append seen while a pass was reading or handling: the next pass must not wait a poll. */
  private appendedDuringPass = false;
  private readonly waiters: { target: Checkpoint; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private failure: unknown;

  constructor(
    private readonly source: PollingSource,
    private readonly handler: EventBatchHandler,
    private readonly options: PollingOptions = {},
  ) {
    this.position = options.after ?? START;
    const onAppend = () => {
      if (this.wake) this.wake();
      else this.appendedDuringPass = true;
    };
    source.appends.on('appended', onAppend);
    this.stopped = this.loop().finally(() => {
      source.appends.off('appended', onAppend);
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
    const target = await this.source.headCheckpoint();
    if (compareCheckpoints(this.position, target) >= 0) return;
    if (!this.running) throw this.failure ?? new Error('Subscription is stopped');
    const waiting = new Promise<void>((resolve, reject) => this.waiters.push({ target, resolve, reject }));
    // The head may have moved in another process, which no 'appended' event announces.
    if (this.wake) this.wake();
    else this.appendedDuringPass = true;
    return waiting;
  }

  private async loop(): Promise<void> {
    const batchSize = this.options.batchSize ?? 500;
    const interval = this.options.pollIntervalMs ?? 200;
    while (this.running) {
      let batch: RecordedEvent[];
      this.appendedDuringPass = false;
      try {
        const page = await logTail(this.source).read(this.position, batchSize);
        batch = page.events;
        // A page from memory says nothing of what was appended since: look again at once.
        if (page.fromMemory) this.appendedDuringPass = true;
        if (batch.length > 0 && this.running) {
          await this.handler(batch);
          this.position = batch[batch.length - 1].checkpoint;
        }
      } catch (error) {
        this.failure = error;
        this.running = false;
        this.options.onError?.(error);
        return;
      }
      this.releaseWaiters();
      if (batch.length < batchSize && this.running && !this.appendedDuringPass) await this.sleep(interval);
    }
  }

  private releaseWaiters(): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      if (compareCheckpoints(this.position, this.waiters[i].target) >= 0) {
        this.waiters[i].resolve();
        this.waiters.splice(i, 1);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        done();
      };
    });
  }
}
