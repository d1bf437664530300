import { readCheckpoint, START, systemContext } from '@cpp/eventsourcing';
import { PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { createPGliteTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';
import { InProcessIntegrationBus } from '../bus/in-process-bus';
import { IncomingRecord, OutgoingRecord } from '../bus/integration-bus';
import { CONTRACT_SCHEMA_VERSION } from '../contracts/contracts';
import { decodeEnvelope } from '../contracts/envelope-codec';
import { HEADERS } from '../contracts/headers';
import { recommendationIssued, sampleMappers } from '../testing/sample-mappers';
import { waitFor } from '../testing/wait-for';
import { Relay } from './relay';

const TOPIC = 'platform.public';

describe('Relay (in-process bus)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let bus: InProcessIntegrationBus;
  let received: IncomingRecord[];
  let relay: Relay | undefined;

  beforeEach(async () => {
    database = await createPGliteTestDatabase();
    store = await PostgresEventStore.create(database.sql, { pollIntervalMs: 20 });
    bus = new InProcessIntegrationBus();
    received = [];
    await bus.subscribe({ groupId: 'agency-system', topics: [TOPIC], handler: async (record) => void received.push(record) });
  });

  afterEach(async () => {
    await relay?.stop();
    relay = undefined;
    await bus.close();
    await database.drop();
  });

  it('publishes a committed public event as its contract, keyed by agency, with the event id as message id', async () => {
    relay = new Relay(store, database.sql, bus, sampleMappers(), { topic: TOPIC });
    await relay.start();
    const context = { ...systemContext('test'), correlationId: 'corr-42' };
    await store.append('agency-x', [{ type: 'AgencyRegistered', data: { agencyId: 'x' } }], 'no_stream', context);
    await store.append(
      'agency-x',
      [{ type: 'AgencyMergedInto', data: { agencyId: 'x', successorAgencyId: 'y', effectiveFrom: '2025-07-01', decision: '1234/QĐ-UBND' } }],
      0,
      context,
    );
    await waitFor(() => expect(received).toHaveLength(1));
    const [event] = (await store.readStream('agency-x')).slice(1);
    const envelope = decodeEnvelope(received[0].value!);
    expect(received[0].key!.toString()).toBe('x');
    expect(received[0].headers[HEADERS.messageId].toString()).toBe(event.id);
    expect(received[0].headers[HEADERS.eventType].toString()).toBe('AgencyMergedInto');
    expect(envelope).toMatchObject({ messageId: event.id, agencyId: 'x', correlationId: 'corr-42', schemaVersion: CONTRACT_SCHEMA_VERSION });
    expect(envelope.payload).toMatchObject({
      case: 'agencyMerged',
      value: { predecessorAgencyId: 'x', successorAgencyId: 'y', effectiveFrom: '2025-07-01', decision: '1234/QĐ-UBND' },
    });
    await relay.caughtUp();
    expect((await readCheckpoint(database.sql, 'relay:public-events')).checkpoint).toEqual(event.checkpoint);
  });

  it('moves the checkpoint only after the bus accepted the batch, retrying until it does', async () => {
    let refusals = 3;
    const flaky = new InProcessIntegrationBus();
    const published: OutgoingRecord[] = [];
    flaky.publish = async (records) => {
      if (refusals-- > 0) throw new Error('broker unavailable');
      published.push(...records);
    };
    relay = new Relay(store, database.sql, flaky, sampleMappers(), { topic: TOPIC, backoff: { initialMs: 50, maxMs: 50 } });
    await relay.start();
    await store.append('inspection-1', [recommendationIssued(1), recommendationIssued(2)], 'no_stream', systemContext('test'));
    await waitFor(() => expect(refusals).toBeLessThan(2));
    expect((await readCheckpoint(database.sql, 'relay:public-events')).checkpoint).toEqual(START);
    await waitFor(() => expect(published).toHaveLength(2));
    await relay.caughtUp();
    expect((await readCheckpoint(database.sql, 'relay:public-events')).checkpoint).toEqual(await store.headCheckpoint());
  });

  it('stops at an event its mapper cannot translate, and stays there after a restart', async () => {
    const failures: Error[] = [];
    const mappers = sampleMappers().register('Broken', () => {
      throw new Error('no such field');
    });
    await store.append('inspection-1', [recommendationIssued(1)], 'no_stream', systemContext('test'));
    await store.append('broken', [{ type: 'Broken', data: {} }], 'no_stream', systemContext('test'));
    await store.append('inspection-2', [recommendationIssued(2)], 'no_stream', systemContext('test'));
    relay = new Relay(store, database.sql, bus, mappers, { topic: TOPIC, onFailure: (failure) => failures.push(failure) });
    await relay.start();
    await waitFor(() => expect(failures).toHaveLength(1));
    expect(failures[0].message).toContain('cannot map Broken');
    expect((await readCheckpoint(database.sql, 'relay:public-events')).status).toBe('failed');
    await relay.stop();
    relay = new Relay(store, database.sql, bus, mappers, { topic: TOPIC, onFailure: (failure) => failures.push(failure) });
    await relay.start();
    expect(failures[1].message).toContain('is stopped at event');
    await waitFor(() =>
      expect(received.map((record) => decodeEnvelope(record.value!).payload.value)).toEqual([expect.objectContaining({ recommendationId: 'rec-1' })]),
    );
    const [beforeBroken] = await store.readStream('inspection-1');
    expect((await readCheckpoint(database.sql, 'relay:public-events')).checkpoint).toEqual(beforeBroken.checkpoint);
  });
  it('saves no checkpoint for a batch that publishes nothing until stop, and a restart publishes nothing again', async () => {
    relay = new Relay(store, database.sql, bus, sampleMappers(), { topic: TOPIC, passedByIntervalMs: 60_000 });
    await relay.start();
    await store.append('inspection-1', [recommendationIssued(1)], 'no_stream', systemContext('test'));
    await waitFor(() => expect(received).toHaveLength(1));
    await relay.caughtUp();
    const published = await store.headCheckpoint();
    await store.append('agency-x', [{ type: 'AgencyRegistered', data: { agencyId: 'x' } }], 'no_stream', systemContext('test'));
    await relay.caughtUp();
    expect((await readCheckpoint(database.sql, 'relay:public-events')).checkpoint).toEqual(published);
    await relay.stop();
    expect((await readCheckpoint(database.sql, 'relay:public-events')).checkpoint).toEqual(await store.headCheckpoint());
    relay = new Relay(store, database.sql, bus, sampleMappers(), { topic: TOPIC });
    await relay.start();
    await store.append('inspection-2', [recommendationIssued(2)], 'no_stream', systemContext('test'));
    await waitFor(() => expect(received).toHaveLength(2));
    await relay.caughtUp();
    expect(received.map((record) => decodeEnvelope(record.value!).payload.value)).toEqual([
      expect.objectContaining({ recommendationId: 'rec-1' }),
      expect.objectContaining({ recommendationId: 'rec-2' }),
    ]);
  });

  it('publishes again, with the same message id, what a crash left between the publish and its checkpoint (at least once)', async () => {
    const checkpointLost = Object.create(database.sql, {
      query: {
        value: (text: string, params?: unknown[]) =>
          text.includes('INSERT INTO projection_checkpoints') ? Promise.reject(new Error('connection lost')) : database.sql.query(text, params),
      },
    });
    relay = new Relay(store, checkpointLost, bus, sampleMappers(), { topic: TOPIC, backoff: { initialMs: 20, maxMs: 20 } });
    await relay.start();
    await store.append('inspection-1', [recommendationIssued(1)], 'no_stream', systemContext('test'));
    await waitFor(() => expect(received).toHaveLength(1));
    await relay.stop();
    expect((await readCheckpoint(database.sql, 'relay:public-events')).checkpoint).toEqual(START);
    relay = new Relay(store, database.sql, bus, sampleMappers(), { topic: TOPIC });
    await relay.start();
    await waitFor(() => expect(received).toHaveLength(2));
    const [event] = await store.readStream('inspection-1');
    expect(received.map((record) => record.headers[HEADERS.messageId].toString())).toEqual([event.id, event.id]);
  });
});
