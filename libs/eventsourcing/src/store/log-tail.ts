import { Checkpoint, compareCheckpoints, RecordedEvent, START } from '../events/recorded-event';
import type { PollingSource } from './polling-subscription';

export interface TailPage {
  events: RecordedEvent[];
  /** Served from the window: the log may already hold more, so the reader should ask again at once. */
  fromMemory: boolean;
}

/** Events kept in each log's window: enough for every subscription of a busy process to find its next page. */
const WINDOW_EVENTS = 5000;

/**
 * The end of the log, read once for every subscription of a process. Each page read where the
 * window ends is added to it; a subscription anywhere inside the window takes its next page
 * from memory, and the subscriptions that reach its end together share one read. So the ~25
 * projections and reactors of a process, woken by every append, read each page once between
 * them, while each keeps its own pace, checkpoint, transaction and failures (a slow one is not
 * waited for and loses nothing, a failing one stops alone). A subscription behind the window
 * (catching up from an old checkpoint) reads on its own until it reaches it.
 *
 * Why memory never goes stale: a page holds only events of transactions older than every one
 * still running (pg_snapshot_xmin), so what follows a checkpoint can grow at its end but never
 * change: the window is exactly the log's events after `start` up to its last one.
 */
export class LogTail {
  private events: RecordedEvent[] = [];
  private start: Checkpoint = START;
  /** The read in flight, and how many appends of this process it had seen when it began. */
  private reading: { key: string; appendsSeen: number; page: Promise<RecordedEvent[]> } | undefined;
  private appendsSeen = 0;

  constructor(
    private readonly source: PollingSource,
    private readonly capacity = WINDOW_EVENTS,
  ) {
    source.appends.on('appended', () => this.appendsSeen++);
  }

  /** Up to `maxCount` events after `after`, in log order. */
  async read(after: Checkpoint, maxCount: number): Promise<TailPage> {
    const known = this.inWindow(after, maxCount);
    if (known) return { events: known, fromMemory: true };
    return { events: await this.readAt(after, maxCount), fromMemory: false };
  }

  /** The window's events after `after` when there are some; undefined when `after` is at its end or outside it. */
  private inWindow(after: Checkpoint, maxCount: number): RecordedEvent[] | undefined {
    if (this.events.length === 0 || compareCheckpoints(after, this.start) < 0 || compareCheckpoints(after, this.end()) >= 0) return undefined;
    let low = 0;
    let high = this.events.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareCheckpoints(this.events[middle].checkpoint, after) > 0) high = middle;
      else low = middle + 1;
    }
    return this.events.slice(low, low + maxCount);
  }

  /**
   * A read shared with the subscriptions asking for the same page meanwhile. One that began
   * before this process's latest append is not joined: it may not show that append.
   */
  private readAt(after: Checkpoint, maxCount: number): Promise<RecordedEvent[]> {
    const key = `${after.transactionId}:${after.position}:${maxCount}`;
    if (this.reading?.key === key && this.reading.appendsSeen === this.appendsSeen) return this.reading.page;
    const page = this.source.readAll({ after, maxCount }).then((events) => {
      this.remember(after, events);
      return events;
    });
    const reading = { key, appendsSeen: this.appendsSeen, page };
    this.reading = reading;
    const done = () => {
      if (this.reading === reading) this.reading = undefined;
    };
    page.then(done, done);
    return page;
  }

  private remember(after: Checkpoint, page: RecordedEvent[]): void {
    if (page.length === 0) return;
    if (this.events.length > 0 && compareCheckpoints(after, this.end()) === 0) this.events.push(...page);
    else if (this.events.length === 0 || compareCheckpoints(after, this.end()) > 0) {
      // Ahead of the window: it starts again where the newest readers are.
      this.start = after;
      this.events = [...page];
    } else return; // a catch-up read behind the window's end: that reader is on its own
    const excess = this.events.length - this.capacity;
    if (excess > 0) {
      this.start = this.events[excess - 1].checkpoint;
      this.events = this.events.slice(excess);
    }
  }

  private end(): Checkpoint {
    return this.events[this.events.length - 1].checkpoint;
  }
}

const tails = new WeakMap<PollingSource, LogTail>();

/** The one tail of this log in this process. */
export function logTail(source: PollingSource): LogTail {
  let tail = tails.get(source);
  if (!tail) tails.set(source, (tail = new LogTail(source)));
  return tail;
}
