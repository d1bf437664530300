import { PostgresEventStore } from '../postgres/postgres-event-store';
import { checkpointMigrations, readCheckpoint } from '../projections/checkpoints';
import { migrate } from '../sql/migrations';
import { createPGliteTestDatabase, TestDatabase } from '../testing/test-databases';
import { RecordedEvent, START } from '../events/recorded-event';
import { deterministicEventId } from './deterministic-event-id';
import { Reactor } from './reactor';
import { ReactorFailure, ReactorRunner } from './reactor-runner';

const context = { actor: 'user:test', agency: null, correlationId: 'c', causationId: null };

describe('reactors (process managers)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  beforeEach(async () => {
    database = await createPGliteTestDatabase();
    store = await PostgresEventStore.create(database.sql, { pollIntervalMs: 20 });
    await migrate(database.sql, 'projections', checkpointMigrations);
  });
  afterEach(() => database.drop());

  /** For every directive issued, assign its task: written with an id derived from the cause. */
  const assignTasks = (seen: RecordedEvent[] = []): Reactor => ({
    name: 'assign-tasks',
    handles: ['DirectiveIssued'],
    async react(event) {
      seen.push(event);
      await store.append(
        `task-${event.streamId}`,
        [{ id: deterministicEventId(event.id, 'assign'), type: 'TaskAssigned', data: { from: event.streamId } }],
        'any',
        context,
      );
    },
  });

  it('reacts to each published event once it is committed, and delivered again writes nothing new', async () => {
    await store.append('directive-1', [{ type: 'DirectiveIssued', data: {} }], 'no_stream', context);
    const runner = new ReactorRunner(store, database.sql, [assignTasks()]);
    await runner.start();
    await store.append(
      'directive-2',
      [
        { type: 'DirectiveIssued', data: {} },
        { type: 'Unrelated', data: {} },
      ],
      'no_stream',
      context,
    );
    await runner.caughtUp();
    await runner.stop();
    expect((await store.readStream('task-directive-1')).map((e) => e.type)).toEqual(['TaskAssigned']);
    expect((await store.readStream('task-directive-2')).map((e) => e.type)).toEqual(['TaskAssigned']);

    // As after a crash before the checkpoint moved: everything is delivered again.
    await database.sql.query(`DELETE FROM projection_checkpoints WHERE projection = 'reactor:assign-tasks'`);
    const again = new ReactorRunner(store, database.sql, [assignTasks()]);
    await again.start();
    await again.caughtUp();
    await again.stop();
    expect(await store.readStream('task-directive-1')).toHaveLength(1);
    expect(await store.readStream('task-directive-2')).toHaveLength(1);
  });

  it('saves its checkpoint once for a batch of reactions', async () => {
    const upserts: unknown[][] = [];
    const counting = Object.create(database.sql, {
      query: {
        value: (text: string, params?: unknown[]) => {
          if (text.includes('INSERT INTO projection_checkpoints')) upserts.push(params ?? []);
          return database.sql.query(text, params);
        },
      },
    });
    for (const n of [1, 2, 3]) await store.append(`directive-${n}`, [{ type: 'DirectiveIssued', data: {} }], 'no_stream', context);
    const lastIssued = await store.headCheckpoint();
    const runner = new ReactorRunner(store, counting, [assignTasks()]);
    await runner.start();
    await runner.caughtUp();
    // The tasks were written during the first batch; this waits for passing them too.
    await runner.caughtUp();
    await runner.stop();
    // One for the three reactions, one for passing the three tasks they wrote.
    const head = await store.headCheckpoint();
    expect(upserts).toEqual([
      ['reactor:assign-tasks', lastIssued.transactionId, lastIssued.position],
      ['reactor:assign-tasks', head.transactionId, head.position],
    ]);
  });

  it('after a crash between the reactions and the checkpoint, reacts again and writes nothing new', async () => {
    const checkpointLost = Object.create(database.sql, {
      query: {
        value: (text: string, params?: unknown[]) =>
          text.includes('INSERT INTO projection_checkpoints') ? Promise.reject(new Error('connection lost')) : database.sql.query(text, params),
      },
    });
    await store.append('directive-1', [{ type: 'DirectiveIssued', data: {} }], 'no_stream', context);
    const seen: RecordedEvent[] = [];
    const crashing = new ReactorRunner(store, checkpointLost, [assignTasks(seen)], undefined, 60_000);
    await crashing.start();
    for (let i = 0; i < 200 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await crashing.stop();
    expect(await store.readStream('task-directive-1')).toHaveLength(1);
    expect((await readCheckpoint(database.sql, 'reactor:assign-tasks')).checkpoint).toEqual(START);

    const again = new ReactorRunner(store, database.sql, [assignTasks(seen)]);
    await again.start();
    await again.caughtUp();
    await again.stop();
    expect(seen).toHaveLength(2);
    expect(await store.readStream('task-directive-1')).toHaveLength(1);
    expect((await readCheckpoint(database.sql, 'reactor:assign-tasks')).checkpoint).toEqual(await store.headCheckpoint());
  });

  it('a reaction that throws stops that reactor on that event and reports it', async () => {
    const failures: ReactorFailure[] = [];
    const issued = await store.append('directive-bad', [{ type: 'DirectiveIssued', data: {} }], 'no_stream', context);
    const broken: Reactor = {
      name: 'broken',
      handles: ['DirectiveIssued'],
      react: async () => {
        throw new Error('agency unknown');
      },
    };
    const runner = new ReactorRunner(store, database.sql, [broken], (failure) => failures.push(failure));
    await runner.start();
    for (let i = 0; i < 100 && failures.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await runner.stop();
    expect(failures).toMatchObject([{ reactor: 'broken', error: expect.objectContaining({ message: 'agency unknown' }) }]);
    expect(await readCheckpoint(database.sql, 'reactor:broken')).toMatchObject({
      status: 'failed',
      failedPosition: issued.checkpoint.position,
      error: 'agency unknown',
    });
  });

  it('resumes after the log could not be read for a while', async () => {
    let outages = 1;
    const flaky: typeof store = Object.create(store);
    flaky.readAll = async (options) => {
      if (outages-- > 0) throw new Error('connection reset');
      return store.readAll(options);
    };
    await store.append('directive-3', [{ type: 'DirectiveIssued', data: {} }], 'no_stream', context);
    const runner = new ReactorRunner(flaky, database.sql, [assignTasks()], undefined, 10);
    await runner.start();
    for (let i = 0; i < 200 && (await store.readStream('task-directive-3')).length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await runner.stop();
    expect(await store.readStream('task-directive-3')).toHaveLength(1);
  });

  it('derives the same UUID from the same cause, and different ones otherwise', () => {
    const id = deterministicEventId('event-1', 'assign');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicEventId('event-1', 'assign')).toBe(id);
    expect(deterministicEventId('event-1', 'remind')).not.toBe(id);
  });
});
