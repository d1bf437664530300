import { randomUUID } from 'node:crypto';
import { CommandContext } from '../events/command-context';
import { AppendResult } from '../store/event-store';
import { eventStoreContract } from '../testing/event-store.contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { SimulatedEventStoreDB } from './testing/simulated-eventstoredb';

// The adapter's own logic, run through the whole contract against a model of the server.
eventStoreContract(
  'eventstoredb on a simulated server',
  async () => {
    const store = new EventStoreDbEventStore(new SimulatedEventStoreDB().client());
    return { store, dispose: () => store.close() };
  },
  { concurrentTransactions: false },
);

describe('EventStoreDbEventStore, where the server differs from PostgreSQL', () => {
  const context: CommandContext = { actor: 'user:test', agency: null, correlationId: 'corr', causationId: null };
  let store: EventStoreDbEventStore;

  beforeEach(() => {
    store = new EventStoreDbEventStore(new SimulatedEventStoreDB().client());
  });
  afterEach(() => store.close());

  it('returns the checkpoint readers will see for the last event, not the position in the server reply', async () => {
    const stream = `directive-${randomUUID()}`;
    const result = await store.append(
      stream,
      [
        { type: 'A', data: {} },
        { type: 'B', data: {} },
      ],
      'no_stream',
      context,
    );
    const [, last] = await store.readStream(stream);
    expect(result.checkpoint).toEqual(last.checkpoint);
    expect(await store.headCheckpoint()).toEqual(last.checkpoint);
  });

  it('answers a retry the server acknowledges by itself with written: false', async () => {
    const stream = `directive-${randomUUID()}`;
    const events = [{ type: 'A', data: {}, id: randomUUID() }];
    await store.append(stream, events, 'no_stream', context);
    await store.append(stream, [{ type: 'B', data: {} }], 0, context);
    expect(await store.append(stream, events, 'no_stream', context)).toMatchObject({ written: false, nextExpectedRevision: 0 });
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('keeps upper-case ids as lower-case, as a uuid column would', async () => {
    const stream = `directive-${randomUUID()}`;
    const id = randomUUID().toUpperCase();
    await store.append(stream, [{ type: 'A', data: {}, id }], 'any', context);
    expect((await store.append(stream, [{ type: 'A', data: {}, id }], 'any', context)).written).toBe(false);
    expect((await store.readStream(stream)).map((event) => event.id)).toEqual([id.toLowerCase()]);
  });

  it("leaves the server's own events out of reads of the log", async () => {
    for (let i = 0; i < 6; i++) await store.append(`directive-${randomUUID()}`, [{ type: 'A', data: { i } }], 'no_stream', context);
    const all = await store.readAll();
    expect(all.map((event) => (event.data as { i: number }).i)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('puts the head at the newest event of ours, so caughtUp returns though the server wrote after it', async () => {
    let last: AppendResult | undefined;
    // The simulated server writes statistics after every third append.
    for (let i = 0; i < 3; i++) last = await store.append(`directive-${randomUUID()}`, [{ type: 'A', data: { i } }], 'no_stream', context);
    expect(await store.headCheckpoint()).toEqual(last?.checkpoint);
    const subscription = store.subscribe(async () => undefined);
    await subscription.caughtUp();
    await subscription.stop();
  });
});
