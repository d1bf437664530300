import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Clock, localDateAt, NewEvent, systemContext } from '@cpp/eventsourcing';
import { accessLogStream, ProtectedDataRead } from '../domain/access-log/events';
import { AuthorizedActor } from '../domain/actor';
import { ACCESS_LOG_STORE, AccessLogStore } from './access-log.store';

const FLUSH_EVERY_MS = 20;
const FLUSH_AT = 200;

interface QueuedRead {
  streamId: string;
  event: NewEvent<ProtectedDataRead['type'], ProtectedDataRead['data']>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Appends reads of protected data to the log in batches: one durable append (one fsync) per
 * 20 ms or 200 reads, instead of one per read, which would multiply a fast query's latency
 * (bench/workloads/access-log-overhead.ts). A routine read does not wait for its batch; a
 * break-the-glass read does. What a crash can lose is the last unflushed batch; shutdown flushes.
 * Each read's event (id, instant, day's stream) is made when it is read, so a batch is only an
 * append, and a retried append does not log a read twice.
 */
@Injectable()
export class AccessLogWriter implements OnApplicationShutdown {
  private readonly logger = new Logger('AccessLog');
  private queue: QueuedRead[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    @Inject(ACCESS_LOG_STORE) private readonly log: AccessLogStore,
    private readonly clock: Clock,
  ) {}

  /** Queues the read; the promise settles when its batch is in the log. */
  record(actor: AuthorizedActor, read: Omit<ProtectedDataRead['data'], 'subject' | 'agencyId' | 'correlationId'>, correlationId: string): Promise<void> {
    const now = this.clock.now();
    const event: QueuedRead['event'] = {
      type: 'ProtectedDataRead',
      id: randomUUID(),
      occurredAt: now.toISOString(),
      data: { subject: actor.subject, agencyId: actor.agencyId, correlationId, ...read },
    };
    const written = new Promise<void>((resolve, reject) => this.queue.push({ streamId: accessLogStream(localDateAt(now)), event, resolve, reject }));
    if (this.queue.length >= FLUSH_AT) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS);
    return written;
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return this.flushing;
    this.flushing = this.flushing.then(() => Promise.all([...byStream(batch)].map(([streamId, reads]) => this.append(streamId, reads))).then(() => undefined));
    return this.flushing;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
    await this.log.close();
  }

  private async append(streamId: string, reads: QueuedRead[]): Promise<void> {
    try {
      await this.log.store.append(
        streamId,
        reads.map((read) => read.event),
        'any',
        systemContext('access-log'),
      );
      reads.forEach((read) => read.resolve());
    } catch (error) {
      this.logger.error(`${reads.length} reads could not be logged: ${error instanceof Error ? error.message : String(error)}`);
      reads.forEach((read) => read.reject(error));
    }
  }
}

/** A batch read across midnight goes to two days' streams. */
function byStream(batch: QueuedRead[]): Map<string, QueuedRead[]> {
  const streams = new Map<string, QueuedRead[]>();
  for (const read of batch) {
    const reads = streams.get(read.streamId);
    if (reads) reads.push(read);
    else streams.set(read.streamId, [read]);
  }
  return streams;
}
