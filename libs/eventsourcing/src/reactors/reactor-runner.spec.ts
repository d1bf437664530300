import { PostgresEventStore } from '../postgres/postgres-event-store';
import { checkpointMigrations, readCheckpoint } from '../projections/checkpoints';
import { migrate } from '../sql/migrations';
import { createPGliteTestDatabase, TestDatabase } from '../testing/test-databases';
import { RecordedEvent } from '../events/recorded-event';
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
