import { PostgresEventStore } from '../postgres/postgres-event-store';
import { InvalidAppendError } from '../store/errors';
import { MAX_EVENT_BYTES } from '../store/validate-append';
import { createPostgresTestDatabase, TestDatabase } from '../testing/test-databases';
import { decideAcrossStreams } from './decide-across-streams';
import { Decider } from './decider';
import { DomainError, invalid } from './domain-error';

type Event = { type: 'Merged'; data: { into: string; note: string } };
type Command = { type: 'Merge'; into: string; note: string; refuse?: boolean };
/** A unit that merges once into another; refusing on demand lets a test refuse the last stream. */
const units: Decider<Command, Event, { merged: boolean }> = {
  initialState: () => ({ merged: false }),
  evolve: () => ({ merged: true }),
  decide: (command, state) => {
    if (command.refuse || state.merged) throw invalid('Already merged');
    return [{ type: 'Merged', data: { into: command.into, note: command.note } }];
  },
};

describe('decideAcrossStreams: a refusal anywhere writes nothing anywhere', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    store = await PostgresEventStore.create(database.sql);
  });
  afterAll(() => database.drop());

  const context = { actor: 'user:test', agency: null, correlationId: 'c', causationId: null };
  const merge = (streamId: string, extra: Partial<Command> = {}) => ({ streamId, command: { type: 'Merge' as const, into: 'soc-trang', note: '', ...extra } });

  async function refusedWithoutWriting(commands: ReturnType<typeof merge>[], expected: unknown) {
    const head = await store.headCheckpoint();
    await expect(decideAcrossStreams(store, units, commands, context)).rejects.toBeInstanceOf(expected as never);
    expect(await store.readAll({ after: head })).toEqual([]);
  }

  it('writes every stream when every decision accepts', async () => {
    const writes = await decideAcrossStreams(store, units, [merge('unit-a1'), merge('unit-b1')], context);
    expect(writes.map((write) => write.streamId)).toEqual(['unit-a1', 'unit-b1']);
    expect(await store.readStream('unit-b1')).toHaveLength(1);
  });

  it('a stream named twice is refused as input before anything is written (the second append used to lose to the first: CONFLICT after a write)', async () => {
    await refusedWithoutWriting([merge('unit-a2'), merge('unit-a2')], DomainError);
  });

  it('the last decision refusing leaves the first stream unwritten', async () => {
    await refusedWithoutWriting([merge('unit-a3'), merge('unit-b3', { refuse: true })], DomainError);
  });

  it('an event the store would refuse on a later stream leaves the earlier ones unwritten', async () => {
    await refusedWithoutWriting([merge('unit-a4'), merge('unit-b4', { note: 'x'.repeat(MAX_EVENT_BYTES + 1) })], InvalidAppendError);
    await refusedWithoutWriting([merge('unit-a5'), merge('unit-b5', { note: 'Tập huấn\u0000' })], InvalidAppendError);
  });
});
