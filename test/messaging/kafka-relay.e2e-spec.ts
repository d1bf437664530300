import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { readCheckpoint, RecordedEvent, START, systemContext } from '@cpp/eventsourcing';
import { PostgresEventStore } from '@cpp/eventsourcing/postgres';
import { createPostgresTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';
import { CONTRACT_SCHEMA_VERSION, decodeEnvelope, HEADERS, Relay } from '@cpp/messaging';
import { KafkaIntegrationBus } from '@cpp/messaging/kafka';
import { recommendationIssued, sampleMappers, waitFor } from '@cpp/messaging/testing';
import { logLevel } from 'kafkajs';
import { collectTopic, KafkaMock, startKafka, unique } from './support/kafka-cluster';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');

/**
 * The relay against a real Kafka wire protocol and PostgreSQL (shared with a child process
 * that is killed mid-flight): committed public events reach agency consumers as protobuf
 * envelopes, and a crash between publishing and checkpointing republishes, never loses.
 */
describe('relay over Kafka', () => {
  let kafka: KafkaMock;
  let database: TestDatabase;
  let store: PostgresEventStore;
  let bus: KafkaIntegrationBus;
  const running: Relay[] = [];
  const collectors: { stop(): Promise<void> }[] = [];

  beforeAll(async () => {
    [kafka, database] = await Promise.all([startKafka(), createPostgresTestDatabase()]);
    store = await PostgresEventStore.create(database.sql, { pollIntervalMs: 50 });
    bus = new KafkaIntegrationBus({ brokers: kafka.brokers, logLevel: logLevel.NOTHING });
  });

  afterAll(async () => {
    await Promise.all(running.map((relay) => relay.stop()));
    await Promise.all(collectors.map((collector) => collector.stop()));
    await bus?.close();
    await store?.close();
    await database?.drop();
    await kafka?.stop();
  });

  async function startRelay(topic: string, name: string): Promise<Relay> {
    const relay = new Relay(store, database.sql, bus, sampleMappers(), { topic, name, batchSize: 10 });
    running.push(relay);
    await relay.start();
    return relay;
  }

  async function collect(topic: string) {
    const collector = await collectTopic(kafka.brokers, topic);
    collectors.push(collector);
    return collector.records;
  }

  it('delivers a domain event appended to the store to an agency consumer as a decoded protobuf message', async () => {
    const topic = unique('platform.public');
    const received = await collect(topic);
    await startRelay(topic, unique('relay'));
    await store.append('inspection-e2e', [recommendationIssued(1, 'so-gddt-soc-trang')], 'no_stream', { ...systemContext('test'), correlationId: 'corr-e2e' });
    const [event] = await store.readStream('inspection-e2e');
    await waitFor(() => expect(received).toHaveLength(1));
    const envelope = decodeEnvelope(received[0].value);
    expect(received[0].key).toBe('so-gddt-soc-trang');
    expect(received[0].headers[HEADERS.messageId]).toBe(event.id);
    expect(envelope).toMatchObject({ messageId: event.id, agencyId: 'so-gddt-soc-trang', correlationId: 'corr-e2e', schemaVersion: CONTRACT_SCHEMA_VERSION });
    expect(envelope.payload.case).toBe('recommendationIssued');
    expect(envelope.payload.value).toMatchObject({
      inspectionId: 'insp-2024-01',
      recommendationId: 'rec-1',
      dueDate: '2024-09-30',
      issuingAgencyId: 'so-ldtbxh-soc-trang',
    });
  });

  it('republishes after a crash between publishing and checkpointing: every event reaches a de-duplicating consumer exactly once, in order per agency', async () => {
    const topic = unique('platform.public');
    const name = unique('relay');
    const agencies = ['so-gddt-soc-trang', 'so-y-te-soc-trang', 'cong-an-tinh-soc-trang'];
    for (let n = 0; n < 30; n++) await store.append(`inspection-crash-${n}`, [recommendationIssued(n, agencies[n % 3])], 'no_stream', systemContext('test'));
    const received = await collect(topic);

    const child = startRelayProcess(topic, name);
    await waitForLine(child, /^published (\d+)/);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect((await readCheckpoint(database.sql, `relay:${name}`)).checkpoint).toEqual(START);
    await waitFor(() => expect(received.length).toBeGreaterThan(0));

    const relay = await startRelay(topic, name);
    await relay.caughtUp();
    // Every public event in the log, the earlier test's included: the relay starts from the beginning.
    const published = (await store.readAll()).filter((event) => event.type === 'RecommendationIssued') as RecordedEvent<
      string,
      { responsibleAgencyId: string }
    >[];
    await waitFor(() => expect(new Set(received.map((record) => record.headers[HEADERS.messageId])).size).toBe(published.length));

    const seen = new Set<string>();
    const deduplicated = received.filter((record) => !seen.has(record.headers[HEADERS.messageId]) && seen.add(record.headers[HEADERS.messageId]));
    expect(received.length).toBeGreaterThan(published.length);
    expect([...seen].sort()).toEqual(published.map((event) => event.id).sort());
    for (const agency of agencies) {
      const expected = published.filter((event) => event.data.responsibleAgencyId === agency).map((event) => event.id);
      expect(deduplicated.filter((record) => record.key === agency).map((record) => decodeEnvelope(record.value).messageId)).toEqual(expected);
    }
  });

  function startRelayProcess(topic: string, name: string): ChildProcess {
    const env = {
      ...process.env,
      NODE_OPTIONS: '',
      TS_NODE_SWC: 'true',
      DATABASE_URL: database.url!,
      KAFKA_BROKERS: kafka.bootstrapServers,
      TOPIC: topic,
      RELAY_NAME: name,
      BATCH_SIZE: '10',
    };
    return spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'test/messaging/support/relay-process.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
});

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`No line matching ${pattern} within ${timeoutMs} ms; output: ${output}`)), timeoutMs);
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      for (const line of output.split('\n')) {
        const match = pattern.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match);
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`The relay process exited (${code}) early: ${output}`)));
  });
}
