import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Clock, EventStore, localDateAt, systemContext } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { accessLogStream, ProtectedDataRead } from '../domain/access-log/events';
import { AuthorizedActor } from '../domain/actor';

const FLUSH_EVERY_MS = 20;
const FLUSH_AT = 200;

/**
 * Appends reads of protected data to the log in batches: one durable append (one fsync) per
 * 20 ms or 200 reads, instead of one per read, which would multiply a fast query's latency
 * (bench/workloads/access-log-overhead.ts). A routine read does not wait for its batch; a
 * break-the-glass read does. What a crash can lose is the last unflushed batch; shutdown flushes.
 */
@Injectable()
export class AccessLogWriter implements OnApplicationShutdown {
  private readonly logger = new Logger('AccessLog');
  private queue: ProtectedDataRead[] = [];
  private waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  /** Queues the read; the promise settles when its batch is in the log. */
  record(actor: AuthorizedActor, read: Omit<ProtectedDataRead['data'], 'subject' | 'agencyId' | 'correlationId'>, correlationId: string): Promise<void> {
    this.queue.push({ type: 'ProtectedDataRead', data: { subject: actor.subject, agencyId: actor.agencyId, correlationId, ...read } });
    const written = new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
    if (this.queue.length >= FLUSH_AT) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS);
    return written;
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const events = this.queue;
    const waiting = this.waiting;
    this.queue = [];
    this.waiting = [];
    if (events.length === 0) return this.flushing;
    this.flushing = this.flushing.then(async () => {
      try {
        await this.store.append(accessLogStream(localDateAt(this.clock.now())), events, 'any', systemContext('access-log'));
        waiting.forEach(({ resolve }) => resolve());
      } catch (error) {
        this.logger.error(`${events.length} reads could not be logged: ${error instanceof Error ? error.message : String(error)}`);
        waiting.forEach(({ reject }) => reject(error));
      }
    });
    return this.flushing;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }
}
