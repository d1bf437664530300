import { PostgresEventStore } from '../postgres/postgres-event-store';
import { createPostgresTestDatabase, TestDatabase } from '../testing/test-databases';
import { Decider } from './decider';
import { conflict } from './domain-error';
import { handleCommand } from './handle-command';
import { LruStateCache } from './state-cache';

type Event = { type: 'ContributionAdded'; data: { by: string } };
type Command = { type: 'AddContribution'; by: string; limit: number };
/** A task that accepts a limited number of contributions: decide must see every earlier one. */
const contributions: Decider<Command, Event, { count: number }> = {
  initialState: () => ({ count: 0 }),
  evolve: (state) => ({ count: state.count + 1 }),
  decide: (command, state) => {
    if (state.count >= command.limit) throw conflict('No more contributions');
    return [{ type: 'ContributionAdded', data: { by: command.by } }];
  },
};

describe('handleCommand (load, decide, append at the read revision, retry on conflict)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    store = await PostgresEventStore.create(database.sql);
  });
  afterAll(() => database.drop());

  const context = { actor: 'user:test', agency: null, correlationId: 'c', causationId: null };

  it('concurrent commands on one stream all land, each decided on the latest state', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        handleCommand(store, contributions, 'task-retry', { type: 'AddContribution', by: `agency-${i}`, limit: 100 }, context, { retries: 10 }),
      ),
    );
    expect(outcomes.every((o) => o.result?.written)).toBe(true);
    expect((await store.readStream('task-retry')).map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('a rule that depends on the state holds under concurrency: the limit is never exceeded', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        handleCommand(store, contributions, 'task-limit', { type: 'AddContribution', by: `agency-${i}`, limit: 3 }, context, { retries: 10 }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(3);
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason.code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(await store.readStream('task-limit')).toHaveLength(3);
  });

  it('a command redelivered with ids derived from its cause appends nothing the second time', async () => {
    const command = { type: 'AddContribution' as const, by: 'kafka', limit: 100 };
    const eventId = (index: number) => ['9f0c8c1e-4d0a-4b7e-9c3f-5d7a1b2c3d4e'][index];
    const first = await handleCommand(store, contributions, 'task-redelivered', command, context, { eventId });
    const again = await handleCommand(store, contributions, 'task-redelivered', command, context, { eventId });
    expect(first.result?.written).toBe(true);
    expect(again.result?.written).toBe(false);
    expect(again.state).toEqual({ count: 1 });
    expect(await store.readStream('task-redelivered')).toHaveLength(1);
  });

  it('records the command context and the occurredAt it is given', async () => {
    await handleCommand(
      store,
      contributions,
      'task-meta',
      { type: 'AddContribution', by: 'x', limit: 1 },
      { ...context, actor: 'user:officer', agency: 'so-y-te-soc-trang' },
      { occurredAt: '2021-06-29T10:00:00.000Z' },
    );
    const [event] = await store.readStream('task-meta');
    expect(event.metadata).toMatchObject({ actor: 'user:officer', agency: 'so-y-te-soc-trang', occurredAt: '2021-06-29T10:00:00.000Z' });
  });

  it('with a state cache: skips the read after its own write, and a write by anyone else is caught by the revision and re-read', async () => {
    const cache = new LruStateCache();
    const add = (by: string, limit: number, withCache = true) =>
      handleCommand(store, contributions, 'task-cached', { type: 'AddContribution', by, limit }, context, withCache ? { cache } : {});
    await add('a', 3);
    expect(cache.get(contributions, 'task-cached')).toEqual({ state: { count: 1 }, revision: 0 });
    await add('other-writer', 3, false);
    await add('other-writer', 3, false);
    // The cache still says one contribution; the append at revision 0 fails and the stream is read afresh.
    await expect(add('b', 3)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await store.readStream('task-cached')).length).toBe(3);
    await add('c', 4);
    expect(cache.get(contributions, 'task-cached')).toEqual({ state: { count: 4 }, revision: 3 });
  });
});
