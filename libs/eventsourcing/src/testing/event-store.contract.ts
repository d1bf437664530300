import { randomUUID } from 'node:crypto';
import { CommandContext } from '../events/command-context';
import { NewEvent } from '../events/new-event';
import { compareCheckpoints, RecordedEvent, START } from '../events/recorded-event';
import { DuplicateEventIdError, InvalidAppendError, WrongExpectedRevisionError } from '../store/errors';
import { EventStore } from '../store/event-store';
import { MAX_EVENT_BYTES } from '../store/validate-append';

/** A write held open in its own transaction, to show readers wait for it. */
export interface LaggingTransaction {
  append(streamId: string, events: NewEvent[]): Promise<void>;
  commit(): Promise<void>;
}

export interface EventStoreHarness {
  store: EventStore;
  dispose(): Promise<void>;
  /** Only where several writers can hold transactions open at once (PostgreSQL). */
  openLaggingTransaction?(): Promise<LaggingTransaction>;
}

const context: CommandContext = { actor: 'user:contract', agency: 'agency:so-ldtbxh-soc-trang', correlationId: 'corr-1', causationId: 'cause-1' };

const event = (type: string, data: unknown = { n: 1 }, extra: Partial<NewEvent> = {}): NewEvent => ({ type, data, ...extra });
const stream = (prefix = 'directive') => `${prefix}-${randomUUID()}`;

async function collect(store: EventStore, expectCount: number, after = START, timeoutMs = 15000): Promise<RecordedEvent[]> {
  const seen: RecordedEvent[] = [];
  const subscription = store.subscribe(async (batch) => void seen.push(...batch), { after, batchSize: 50 });
  const deadline = Date.now() + timeoutMs;
  while (seen.length < expectCount && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await subscription.stop();
  return seen;
}

/**
 * The behaviour every event store adapter must show, run unchanged against each one.
 * Test names carry the adapter's name so a report says which one was proven.
 */
export interface ContractOptions {
  /** Several writers can hold transactions open at once (PostgreSQL); PGlite has one writer. */
  concurrentTransactions: boolean;
}

export function eventStoreContract(adapter: string, createHarness: () => Promise<EventStoreHarness>, options: ContractOptions): void {
  describe(`EventStore contract [${adapter}]`, () => {
    let harness: EventStoreHarness;
    let store: EventStore;

    beforeAll(async () => {
      harness = await createHarness();
      store = harness.store;
    }, 60000);
    afterAll(async () => harness && (await harness.dispose()));

    describe('optimistic concurrency', () => {
      it(`[${adapter}] no_stream creates a stream and numbers its events from 0`, async () => {
        const id = stream();
        const result = await store.append(id, [event('DirectiveIssued'), event('TaskAdded')], 'no_stream', context);
        expect(result.nextExpectedRevision).toBe(1);
        expect(result.written).toBe(true);
        const read = await store.readStream(id);
        expect(read.map((e) => [e.type, e.revision])).toEqual([
          ['DirectiveIssued', 0],
          ['TaskAdded', 1],
        ]);
      });

      it(`[${adapter}] no_stream on an existing stream is refused and writes nothing`, async () => {
        const id = stream();
        await store.append(id, [event('DirectiveIssued')], 'no_stream', context);
        await expect(store.append(id, [event('DirectiveIssued')], 'no_stream', context)).rejects.toMatchObject({
          constructor: WrongExpectedRevisionError,
          actual: 0,
        });
        expect(await store.readStream(id)).toHaveLength(1);
      });

      it(`[${adapter}] an exact revision appends when it matches and is refused when stale`, async () => {
        const id = stream();
        await store.append(id, [event('A'), event('B')], 'no_stream', context);
        await expect(store.append(id, [event('C')], 0, context)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        const ok = await store.append(id, [event('C')], 1, context);
        expect(ok.nextExpectedRevision).toBe(2);
        await expect(store.append(stream(), [event('C')], 0, context)).rejects.toMatchObject({ actual: 'no_stream' });
        expect((await store.readStream(id)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });

      it(`[${adapter}] stream_exists needs the stream, any takes whatever is there`, async () => {
        const id = stream();
        await expect(store.append(id, [event('A')], 'stream_exists', context)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        expect((await store.append(id, [event('A')], 'any', context)).nextExpectedRevision).toBe(0);
        expect((await store.append(id, [event('B')], 'any', context)).nextExpectedRevision).toBe(1);
        expect((await store.append(id, [event('C')], 'stream_exists', context)).nextExpectedRevision).toBe(2);
      });

      it(`[${adapter}] of concurrent writers expecting the same revision exactly one wins`, async () => {
        const id = stream();
        await store.append(id, [event('A')], 'no_stream', context);
        const outcomes = await Promise.allSettled(
          Array.from({ length: 8 }, (_, writer) => store.append(id, [event('B', { writer }), event('C', { writer })], 0, context)),
        );
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        for (const o of outcomes.filter((o) => o.status === 'rejected')) expect((o as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
        const read = await store.readStream(id);
        expect(read.map((e) => e.revision)).toEqual([0, 1, 2]);
        expect(new Set(read.slice(1).map((e) => (e.data as { writer: number }).writer)).size).toBe(1);
      });
    });

    describe('atomic and idempotent appends', () => {
      it(`[${adapter}] a multi-event append is all or nothing`, async () => {
        const id = stream();
        const tooBig = 'x'.repeat(MAX_EVENT_BYTES + 1);
        await expect(store.append(id, [event('A'), event('B', { tooBig })], 'any', context)).rejects.toBeInstanceOf(InvalidAppendError);
        expect(await store.readStream(id)).toEqual([]);
      });

      it(`[${adapter}] retrying an append with the same event ids does not write twice`, async () => {
        const id = stream();
        const events = [event('A', {}, { id: randomUUID() }), event('B', {}, { id: randomUUID() })];
        const first = await store.append(id, events, 'no_stream', context);
        const retry = await store.append(id, events, 'no_stream', context);
        expect(retry).toMatchObject({ written: false, nextExpectedRevision: first.nextExpectedRevision });
        const again = await store.append(id, events, 'any', context);
        expect(again.written).toBe(false);
        expect(await store.readStream(id)).toHaveLength(2);
      });

      it(`[${adapter}] an event id reused for a different append is refused and nothing is written`, async () => {
        const id = stream();
        const reused = randomUUID();
        await store.append(id, [event('A', {}, { id: reused })], 'no_stream', context);
        await expect(store.append(id, [event('B'), event('A', {}, { id: reused })], 'any', context)).rejects.toBeInstanceOf(DuplicateEventIdError);
        expect(await store.readStream(id)).toHaveLength(1);
      });
    });

    describe('appends to several streams at once', () => {
      it(`[${adapter}] each succeeds or fails on its own, as if it had been appended alone`, async () => {
        const [fresh, current, stale] = [stream(), stream(), stream()];
        await store.append(current, [event('A')], 'no_stream', context);
        await store.append(stale, [event('A'), event('B')], 'no_stream', context);
        const outcomes = await Promise.allSettled([
          store.append(fresh, [event('A'), event('B')], 'no_stream', context),
          store.append(current, [event('B')], 0, context),
          store.append(stale, [event('C')], 0, context),
        ]);
        expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
        const [created, moved] = outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : undefined));
        expect(created).toMatchObject({ nextExpectedRevision: 1, written: true });
        expect(moved).toMatchObject({ nextExpectedRevision: 1, written: true });
        expect((outcomes[2] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect((await store.readStream(fresh)).map((e) => [e.type, e.revision])).toEqual([
          ['A', 0],
          ['B', 1],
        ]);
        expect((await store.readStream(current)).map((e) => e.type)).toEqual(['A', 'B']);
        expect((await store.readStream(stale)).map((e) => e.type)).toEqual(['A', 'B']);
      });

      it(`[${adapter}] a repeated append beside others writes nothing twice, and the others are written`, async () => {
        const [repeated, other] = [stream(), stream()];
        const stored = event('A', {}, { id: randomUUID() });
        await store.append(repeated, [stored], 'no_stream', context);
        const outcomes = await Promise.allSettled([
          store.append(repeated, [stored], 'no_stream', context),
          store.append(other, [event('A')], 'no_stream', context),
        ]);
        expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled']);
        expect((outcomes[0] as PromiseFulfilledResult<unknown>).value).toMatchObject({ nextExpectedRevision: 0, written: false });
        expect((outcomes[1] as PromiseFulfilledResult<unknown>).value).toMatchObject({ nextExpectedRevision: 0, written: true });
        expect(await store.readStream(repeated)).toHaveLength(1);
        expect(await store.readStream(other)).toHaveLength(1);
      });

      it(`[${adapter}] two appends to one stream at once: the second is judged on the stream the first left`, async () => {
        const id = stream();
        const outcomes = await Promise.allSettled([store.append(id, [event('A')], 'no_stream', context), store.append(id, [event('B')], 'no_stream', context)]);
        expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected']);
        const chained = await Promise.all([store.append(id, [event('C')], 0, context), store.append(id + '-other', [event('X')], 'no_stream', context)]);
        expect(chained[0].nextExpectedRevision).toBe(1);
        expect((await store.readStream(id)).map((e) => e.type)).toEqual(['A', 'C']);
      });

      it(`[${adapter}] many writers on many streams: every event once, revisions without gaps, checkpoints in order`, async () => {
        const ids = Array.from({ length: 20 }, () => stream());
        const before = await store.headCheckpoint();
        await Promise.all(
          ids.map(async (id) => {
            let revision: number | 'no_stream' = 'no_stream';
            for (let n = 0; n < 5; n++) revision = (await store.append(id, [event('Step', { n })], revision, context)).nextExpectedRevision;
          }),
        );
        for (const id of ids)
          expect((await store.readStream(id)).map((e) => [e.revision, (e.data as { n: number }).n])).toEqual([0, 1, 2, 3, 4].map((n) => [n, n]));
        const seen = (await collect(store, 100, before)).filter((e) => ids.includes(e.streamId));
        expect(seen).toHaveLength(100);
        for (let i = 1; i < seen.length; i++) expect(compareCheckpoints(seen[i - 1].checkpoint, seen[i].checkpoint)).toBeLessThan(0);
      });
    });

    describe('reading', () => {
      it(`[${adapter}] reads a stream forwards and backwards from a revision`, async () => {
        const id = stream();
        await store.append(
          id,
          ['A', 'B', 'C', 'D', 'E'].map((t) => event(t)),
          'no_stream',
          context,
        );
        expect((await store.readStream(id, { from: 2 })).map((e) => e.type)).toEqual(['C', 'D', 'E']);
        expect((await store.readStream(id, { from: 1, maxCount: 2 })).map((e) => e.type)).toEqual(['B', 'C']);
        expect((await store.readStream(id, { direction: 'backwards' })).map((e) => e.type)).toEqual(['E', 'D', 'C', 'B', 'A']);
        expect((await store.readStream(id, { direction: 'backwards', from: 2, maxCount: 2 })).map((e) => e.type)).toEqual(['C', 'B']);
        expect(await store.readStream(stream('missing'))).toEqual([]);
      });

      it(`[${adapter}] records every event's metadata`, async () => {
        const id = stream();
        const eventId = randomUUID();
        await store.append(
          id,
          [event('AgencyRenamed', { name: 'Sở Y tế' }, { id: eventId, schemaVersion: 2, occurredAt: '2020-08-04T00:00:00.000Z' })],
          'no_stream',
          context,
        );
        const [read] = await store.readStream(id);
        expect(read).toMatchObject({
          id: eventId,
          type: 'AgencyRenamed',
          schemaVersion: 2,
          data: { name: 'Sở Y tế' },
          streamId: id,
          revision: 0,
          metadata: {
            occurredAt: '2020-08-04T00:00:00.000Z',
            actor: 'user:contract',
            agency: 'agency:so-ldtbxh-soc-trang',
            correlationId: 'corr-1',
            causationId: 'cause-1',
          },
        });
        expect(read.globalPosition).toBeGreaterThan(0);
        expect(Date.parse(read.metadata.recordedAt)).not.toBeNaN();
      });

      it(`[${adapter}] reads all streams in global order from a checkpoint`, async () => {
        const before = await store.headCheckpoint();
        const a = stream('a');
        const b = stream('b');
        await store.append(a, [event('A1')], 'no_stream', context);
        await store.append(b, [event('B1'), event('B2')], 'no_stream', context);
        await store.append(a, [event('A2')], 0, context);
        const all = await store.readAll({ after: before, maxCount: 1000 });
        const mine = all.filter((e) => e.streamId === a || e.streamId === b);
        expect(mine.map((e) => e.type)).toEqual(['A1', 'B1', 'B2', 'A2']);
        for (let i = 1; i < all.length; i++) expect(compareCheckpoints(all[i - 1].checkpoint, all[i].checkpoint)).toBeLessThan(0);
        const rest = await store.readAll({ after: mine[1].checkpoint, maxCount: 1000 });
        expect(rest.filter((e) => e.streamId === a || e.streamId === b).map((e) => e.type)).toEqual(['B2', 'A2']);
        expect(await store.readAll({ after: before, maxCount: 2 })).toHaveLength(2);
      });
    });

    describe('subscriptions', () => {
      it(`[${adapter}] catches up from a checkpoint, then delivers live events once, in order`, async () => {
        const from = await store.headCheckpoint();
        const id = stream();
        await store.append(id, [event('A'), event('B'), event('C')], 'no_stream', context);
        const seen: RecordedEvent[] = [];
        const subscription = store.subscribe(async (batch) => void seen.push(...batch.filter((e) => e.streamId === id)), { after: from });
        await subscription.caughtUp();
        expect(seen.map((e) => e.type)).toEqual(['A', 'B', 'C']);
        await store.append(id, [event('D')], 2, context);
        await store.append(id, [event('E')], 3, context);
        await subscription.caughtUp();
        await subscription.stop();
        expect(seen.map((e) => e.type)).toEqual(['A', 'B', 'C', 'D', 'E']);
      });

      it(`[${adapter}] 8 concurrent writers: a subscriber sees every event exactly once in checkpoint order`, async () => {
        const from = await store.headCheckpoint();
        const prefix = `load-${randomUUID()}`;
        const writers = 8;
        const perWriter = 40;
        await Promise.all(
          Array.from({ length: writers }, async (_, w) => {
            for (let i = 0; i < perWriter; i++)
              await store.append(`${prefix}-${w}`, [event('ProgressReported', { w, i })], i === 0 ? 'no_stream' : i - 1, context);
          }),
        );
        const seen = (await collect(store, writers * perWriter, from)).filter((e) => e.streamId.startsWith(prefix));
        expect(seen).toHaveLength(writers * perWriter);
        expect(new Set(seen.map((e) => e.id)).size).toBe(writers * perWriter);
        for (let w = 0; w < writers; w++) {
          expect(seen.filter((e) => e.streamId === `${prefix}-${w}`).map((e) => e.revision)).toEqual(Array.from({ length: perWriter }, (_, i) => i));
        }
      }, 60000);

      it(`[${adapter}] a subscription whose handler throws stops and reports the error`, async () => {
        await store.append(stream(), [event('A')], 'no_stream', context);
        const errors: unknown[] = [];
        const subscription = store.subscribe(
          async () => {
            throw new Error('read model down');
          },
          { onError: (error) => errors.push(error) },
        );
        await subscription.stopped;
        expect(errors).toHaveLength(1);
        expect((errors[0] as Error).message).toBe('read model down');
      });
    });

    describe('bad input is refused with a typed error and writes nothing', () => {
      it.each([
        ['an empty stream id', '', [event('A')], 'any'],
        ['a blank stream id', '   ', [event('A')], 'any'],
        ['an unknown expected revision', 'ok-stream', [event('A')], 'latest'],
        ['a negative expected revision', 'ok-stream', [event('A')], -1],
        ['no events', 'ok-stream', [], 'any'],
        ['an oversized event', 'ok-stream', [event('A', { blob: 'x'.repeat(MAX_EVENT_BYTES + 1) })], 'any'],
        ['an event id that is not a UUID', 'ok-stream', [event('A', {}, { id: 'not-a-uuid' })], 'any'],
        ['an empty event type', 'ok-stream', [event('')], 'any'],
        ['a NUL in the data', 'ok-stream', [event('A', { summary: 'Tập huấn\u0000' })], 'any'],
        ['a lone surrogate in the data', 'ok-stream', [event('A', { nested: [{ subject: 'Chỉ thị \ud800' }] })], 'any'],
        ['a NUL in the stream id', 'ok\u0000stream', [event('A')], 'any'],
      ])(`[${adapter}] %s`, async (_label, streamId, events, expected) => {
        const before = await store.headCheckpoint();
        await expect(store.append(streamId as string, events as NewEvent[], expected as never, context)).rejects.toBeInstanceOf(InvalidAppendError);
        expect(await store.headCheckpoint()).toEqual(before);
      });

      it(`[${adapter}] keeps text that only looks like an escape, and whole surrogate pairs`, async () => {
        const streamId = stream('escapes');
        await store.append(streamId, [event('A', { typed: '\\u0000 and \\ud800', emoji: '👶🏽' })], 'any', context);
        expect((await store.readStream(streamId))[0].data).toEqual({ typed: '\\u0000 and \\ud800', emoji: '👶🏽' });
      });

      it(`[${adapter}] an append without an actor`, async () => {
        await expect(store.append(stream(), [event('A')], 'any', { ...context, actor: '' })).rejects.toBeInstanceOf(InvalidAppendError);
      });
    });

    // Only where transactions can interleave is there an earlier position that could be skipped.
    if (options.concurrentTransactions)
      describe('no skipped events', () => {
        it(`[${adapter}] a reader never passes a position still held by an open transaction`, async () => {
          if (!harness.openLaggingTransaction) throw new Error(`${adapter} claims concurrent transactions but cannot open one`);
          const from = await store.headCheckpoint();
          const early = stream('early');
          const late = stream('late');
          const lagging = await harness.openLaggingTransaction();
          await lagging.append(early, [event('TakenFirst')]);
          await store.append(late, [event('CommittedFirst')], 'no_stream', context);

          const seen: RecordedEvent[] = [];
          const subscription = store.subscribe(async (batch) => void seen.push(...batch.filter((e) => e.streamId === early || e.streamId === late)), {
            after: from,
          });
          await new Promise((r) => setTimeout(r, 600));
          expect(seen).toEqual([]);

          await lagging.commit();
          await subscription.caughtUp();
          await new Promise((r) => setTimeout(r, 300));
          await subscription.stop();
          expect(seen.map((e) => e.type)).toEqual(['TakenFirst', 'CommittedFirst']);
          expect(seen[0].globalPosition).toBeLessThan(seen[1].globalPosition);
        });
      });
  });
}
