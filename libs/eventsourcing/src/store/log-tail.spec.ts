import { EventEmitter } from 'node:events';
import { Checkpoint, compareCheckpoints, RecordedEvent, START } from '../events/recorded-event';
import { LogTail } from './log-tail';
import { PollingSource } from './polling-subscription';

/** A log in memory that counts its reads; `commit` appends as this process would. */
class CountingLog implements PollingSource {
  readonly appends = new EventEmitter();
  readonly events: RecordedEvent[] = [];
  reads = 0;

  commit(count: number): void {
    for (let i = 0; i < count; i++) {
      const position = this.events.length + 1;
      this.events.push({
        id: `event-${position}`,
        type: 'ReportSubmitted',
        streamId: `report-${position}`,
        revision: 0,
        globalPosition: position,
        checkpoint: { transactionId: 100 + position, position },
        data: { position },
        schemaVersion: 1,
        metadata: {
          occurredAt: '2024-06-01T00:00:00.000Z',
          recordedAt: '2024-06-01T00:00:00.000Z',
          actor: 'user:test',
          agency: null,
          correlationId: 'c',
          causationId: null,
        },
      });
    }
    this.appends.emit('appended');
  }

  async readAll({ after, maxCount }: { after: Checkpoint; maxCount: number }): Promise<RecordedEvent[]> {
    this.reads++;
    await new Promise((resolve) => setImmediate(resolve));
    return this.events.filter((event) => compareCheckpoints(event.checkpoint, after) > 0).slice(0, maxCount);
  }

  async headCheckpoint(): Promise<Checkpoint> {
    return this.events.at(-1)?.checkpoint ?? START;
  }
}

const positions = (events: RecordedEvent[]) => events.map((event) => event.globalPosition);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the log tail a process shares between its subscriptions', () => {
  it('given many readers at the end of the log, when one append wakes them all, then one read serves them all', async () => {
    const log = new CountingLog();
    const tail = new LogTail(log);
    log.commit(3);
    const pages = await Promise.all(Array.from({ length: 25 }, () => tail.read(START, 500)));
    expect(pages.map((page) => positions(page.events))).toEqual(Array.from({ length: 25 }, () => [1, 2, 3]));
    expect(log.reads).toBe(1);
  });

  it('given a reader that fell behind, then its next pages come from memory, in order, each event once', async () => {
    const log = new CountingLog();
    const tail = new LogTail(log);
    log.commit(10);
    await tail.read(START, 4);
    let fastAt = (await tail.read(START, 4)).events.at(-1)!.checkpoint;
    for (let page = await tail.read(fastAt, 4); page.events.length > 0; page = await tail.read(fastAt, 4)) fastAt = page.events.at(-1)!.checkpoint;
    const readsByTheFastOne = log.reads;
    const slow: number[] = [];
    let slowAt = START;
    for (let page = await tail.read(slowAt, 3); page.fromMemory; page = await tail.read(slowAt, 3)) {
      slow.push(...positions(page.events));
      slowAt = page.events.at(-1)!.checkpoint;
    }
    expect(slow).toEqual(range(1, 10));
    expect(log.reads).toBe(readsByTheFastOne + 1);
  });

  it('given a page from memory, then it says so, and a read at the end of the window shows what was appended since', async () => {
    const log = new CountingLog();
    const tail = new LogTail(log);
    log.commit(2);
    const first = await tail.read(START, 500);
    expect(first.fromMemory).toBe(false);
    const again = await tail.read({ transactionId: 101, position: 1 }, 500);
    expect(again).toEqual({ events: [first.events[1]], fromMemory: true });
    log.commit(2);
    const fresh = await tail.read(first.events[1].checkpoint, 500);
    expect({ positions: positions(fresh.events), fromMemory: fresh.fromMemory }).toEqual({ positions: [3, 4], fromMemory: false });
  });

  it('given a read in flight when this process appends, then a reader asking after the append gets a read of its own that shows it', async () => {
    const log = new CountingLog();
    const tail = new LogTail(log);
    const before = tail.read(START, 500);
    log.commit(1);
    const after = tail.read(START, 500);
    expect(positions((await after).events)).toEqual([1]);
    await before;
    expect(log.reads).toBe(2);
  });

  it('keeps only the newest events: a reader behind the window reads the log itself, and is told it did', async () => {
    const log = new CountingLog();
    const tail = new LogTail(log, 5);
    log.commit(12);
    let at = START;
    for (let page = await tail.read(at, 4); page.events.length > 0; page = await tail.read(at, 4)) at = page.events.at(-1)!.checkpoint;
    const reads = log.reads;
    const behind = await tail.read({ transactionId: 102, position: 2 }, 4);
    expect({ positions: positions(behind.events), fromMemory: behind.fromMemory, reads: log.reads }).toEqual({
      positions: [3, 4, 5, 6],
      fromMemory: false,
      reads: reads + 1,
    });
    const inside = await tail.read({ transactionId: 109, position: 9 }, 4);
    expect({ positions: positions(inside.events), fromMemory: inside.fromMemory }).toEqual({ positions: [10, 11, 12], fromMemory: true });
  });
});
