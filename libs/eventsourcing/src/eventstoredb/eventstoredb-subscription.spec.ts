import { PassThrough } from 'node:stream';
import { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import { Checkpoint, RecordedEvent, START } from '../events/recorded-event';
import { SubscribeOptions } from '../store/event-store';
import { EventStoreDbSubscription } from './eventstoredb-subscription';

/** The server side of one subscription: what it pushes, where it was asked to start. */
class FakeServerStream {
  readonly stream = new PassThrough({ objectMode: true });
  openedAfter: Checkpoint | undefined;
  unsubscribed = false;
  private nextPosition = 100n;

  open = (after: Checkpoint): AllStreamSubscription => {
    this.openedAfter = after;
    return Object.assign(this.stream, {
      unsubscribe: async () => {
        this.unsubscribed = true;
        this.stream.end();
      },
    }) as unknown as AllStreamSubscription;
  };

  push(type: string, streamId = 'directive-1', position = this.nextPosition): Checkpoint {
    this.nextPosition = position + 100n;
    const event = {
      streamId,
      id: `id-${position}`,
      revision: 0n,
      type,
      data: {},
      metadata: undefined,
      isJson: true,
      created: new Date(),
      position: { commit: position, prepare: position },
    };
    this.stream.write({ event } as AllStreamResolvedEvent);
    return { transactionId: Number(position), position: Number(position) };
  }
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('EventStoreDbSubscription', () => {
  let server: FakeServerStream;
  let head: Checkpoint;
  const subscribe = (handler: (events: RecordedEvent[]) => Promise<void>, options: SubscribeOptions = {}) =>
    new EventStoreDbSubscription(server.open, async () => head, handler, options);

  beforeEach(() => {
    server = new FakeServerStream();
    head = START;
  });

  it('opens at the checkpoint it is given, or at the start', () => {
    void subscribe(async () => undefined, { after: { transactionId: 7, position: 7 } }).stop();
    expect(server.openedAfter).toEqual({ transactionId: 7, position: 7 });
    void subscribe(async () => undefined).stop();
    expect(server.openedAfter).toEqual(START);
  });

  it("delivers the platform's events in order, in batches no larger than asked, without the server's own", async () => {
    const batches: string[][] = [];
    const subscription = subscribe(async (batch) => void batches.push(batch.map((event) => event.type)), { batchSize: 2 });
    server.push('A');
    server.push('$statsCollected', '$stats-node');
    server.push('Result', '$projections-x-result');
    server.push('B');
    head = server.push('C');
    await subscription.caughtUp();
    await subscription.stop();
    expect(batches.flat()).toEqual(['A', 'B', 'C']);
    expect(Math.max(...batches.map((batch) => batch.length))).toBeLessThanOrEqual(2);
  });

  it('skips events at or before its checkpoint, should the server repeat them', async () => {
    const seen: string[] = [];
    const subscription = subscribe(async (batch) => void seen.push(...batch.map((event) => event.type)), { after: { transactionId: 200, position: 200 } });
    server.push('Old', 'directive-1', 100n);
    server.push('AtCheckpoint', 'directive-1', 200n);
    head = server.push('New', 'directive-1', 300n);
    await subscription.caughtUp();
    await subscription.stop();
    expect(seen).toEqual(['New']);
  });

  it('caughtUp waits for the newest event committed before the call, and resolves at once when past it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const subscription = subscribe(() => gate);
    head = server.push('A');
    let caughtUp = false;
    const waiting = subscription.caughtUp().then(() => (caughtUp = true));
    await turn();
    await turn();
    expect(caughtUp).toBe(false);
    release();
    await waiting;
    await expect(subscription.caughtUp()).resolves.toBeUndefined();
    await subscription.stop();
  });

  it('reports a handler failure once, stops, and fails whoever waits for it to catch up', async () => {
    const errors: unknown[] = [];
    const subscription = subscribe(
      async () => {
        throw new Error('read model down');
      },
      { onError: (error) => errors.push(error) },
    );
    head = server.push('A');
    const waiting = subscription.caughtUp();
    await subscription.stopped;
    expect(errors.map((error) => (error as Error).message)).toEqual(['read model down']);
    expect(server.unsubscribed).toBe(true);
    await expect(waiting).rejects.toThrow('read model down');
    await expect(subscription.caughtUp()).rejects.toThrow('read model down');
  });

  it('reports a dropped server stream and an ended one', async () => {
    const errors: unknown[] = [];
    const dropped = subscribe(async () => undefined, { onError: (error) => errors.push(error) });
    server.stream.destroy(new Error('UNAVAILABLE'));
    await dropped.stopped;
    server = new FakeServerStream();
    const ended = subscribe(async () => undefined, { onError: (error) => errors.push(error) });
    server.stream.end();
    await ended.stopped;
    expect(errors.map((error) => (error as Error).message)).toEqual(['UNAVAILABLE', 'EventStoreDB ended the subscription']);
  });

  it('stop waits for the running handler, then delivers nothing more and reports no error', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const seen: string[] = [];
    const errors: unknown[] = [];
    const subscription = subscribe(
      async (batch) => {
        seen.push(...batch.map((event) => event.type));
        await gate;
      },
      { onError: (error) => errors.push(error) },
    );
    server.push('A');
    await turn();
    let stopped = false;
    const stopping = subscription.stop().then(() => (stopped = true));
    server.push('B');
    await turn();
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(seen).toEqual(['A']);
    expect(errors).toEqual([]);
    expect(server.unsubscribed).toBe(true);
  });

  it('pauses the server stream while the handler is far behind, and resumes it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let delivered = 0;
    const subscription = subscribe(
      async (batch) => {
        delivered += batch.length;
        await gate;
      },
      { batchSize: 2 },
    );
    for (let i = 0; i < 6; i++) head = server.push('A');
    await turn();
    expect(server.stream.isPaused()).toBe(true);
    release();
    await subscription.caughtUp();
    expect(server.stream.isPaused()).toBe(false);
    expect(delivered).toBe(6);
    await subscription.stop();
  });
});
