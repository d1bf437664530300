import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FixedClock } from '@cpp/eventsourcing';
import { createPGliteTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';
import { encodeEnvelope, HEADERS, InboundHandlers, IngestConsumer, StaticAgencyAllowList, UnknownReferenceError } from '@cpp/messaging';
import { KafkaIntegrationBus } from '@cpp/messaging/kafka';
import { inboundEnvelope, progressReported, taskAcknowledged, waitFor } from '@cpp/messaging/testing';
import { logLevel, Producer } from 'kafkajs';
import { collectTopic, CollectedRecord, KafkaMock, MAX_WAIT_MS, plainProducer, SESSION_TIMEOUT, startKafka, unique } from './support/kafka-cluster';

jest.setTimeout(60_000);

const SENDER = 'tuyen-quang-gateway';
const AGENCY = 'so-ldtbxh-tuyen-quang';

/**
 * Ingest against a real Kafka wire protocol (librdkafka's mock cluster): agency messages
 * sent by a plain kafkajs producer and by kcat reach the registered handler once; the ones
 * that can never be applied land in the dead-letter topic and the partition moves on.
 */
describe('ingest over Kafka', () => {
  const topic = unique('agency.inbound');
  let kafka: KafkaMock;
  let database: TestDatabase;
  let bus: KafkaIntegrationBus;
  let consumer: IngestConsumer;
  let newConsumer: () => IngestConsumer;
  let producer: Producer;
  let deadLetters: { records: CollectedRecord[]; stop(): Promise<void> };
  const applied: { kind: string; taskId: string; agencyId: string; messageId: string }[] = [];
  const failuresLeft = new Map<string, number>();

  beforeAll(async () => {
    [kafka, database] = await Promise.all([startKafka(), createPGliteTestDatabase()]);
    bus = new KafkaIntegrationBus({ brokers: kafka.brokers, sessionTimeout: SESSION_TIMEOUT, maxWaitTimeInMs: MAX_WAIT_MS, logLevel: logLevel.NOTHING });
    const record = (kind: string) => async (payload: { taskId: string }, context: { agencyId: string; messageId: string }) => {
      if (payload.taskId.startsWith('unknown')) throw new UnknownReferenceError('task', payload.taskId);
      if (payload.taskId.startsWith('slow')) await new Promise((resolve) => setTimeout(resolve, 500));
      const left = failuresLeft.get(payload.taskId) ?? 0;
      if (left > 0) {
        failuresLeft.set(payload.taskId, left - 1);
        throw new Error('read model database unavailable');
      }
      applied.push({ kind, taskId: payload.taskId, agencyId: context.agencyId, messageId: context.messageId });
    };
    const handlers = new InboundHandlers().register('taskAcknowledged', record('taskAcknowledged')).register('progressReported', record('progressReported'));
    const groupId = unique('ingest');
    newConsumer = () =>
      new IngestConsumer(bus, database.sql, handlers, new StaticAgencyAllowList({ [SENDER]: [AGENCY, 'ubnd-huyen-son-duong'] }), {
        groupId,
        topics: [topic],
        clock: new FixedClock(new Date('2024-05-10T04:00:00Z')),
        backoff: { initialMs: 50, maxMs: 400 },
      });
    consumer = newConsumer();
    [producer, deadLetters] = await Promise.all([plainProducer(kafka.brokers), collectTopic(kafka.brokers, `${topic}.dlq`), consumer.start()]);
  });

  afterAll(async () => {
    await Promise.all([consumer?.stop(), deadLetters?.stop(), producer?.disconnect()]);
    await bus?.close();
    await database?.drop();
    await kafka?.stop();
  });

  const send = (...messages: { key?: string; value: Uint8Array | string; sender?: string | null }[]) =>
    producer.send({
      topic,
      acks: -1,
      messages: messages.map((message) => ({
        key: message.key ?? AGENCY,
        value: Buffer.from(message.value),
        headers: message.sender === null ? {} : { [HEADERS.sender]: message.sender ?? SENDER },
      })),
    });

  it('hands a message from a plain kafkajs producer to its handler, once', async () => {
    const envelope = inboundEnvelope(taskAcknowledged('task-plain'));
    await send({ value: encodeEnvelope(envelope) });
    await waitFor(() =>
      expect(applied.filter((a) => a.taskId === 'task-plain')).toEqual([
        { kind: 'taskAcknowledged', taskId: 'task-plain', agencyId: AGENCY, messageId: envelope.messageId },
      ]),
    );
  });

  it('applies the same message sent twice once', async () => {
    const envelope = inboundEnvelope(taskAcknowledged('task-twice'));
    await send({ value: encodeEnvelope(envelope) });
    await send({ value: encodeEnvelope(envelope) });
    await send({ value: encodeEnvelope(inboundEnvelope(taskAcknowledged('task-after-twice'))) });
    await waitFor(() => expect(applied.some((a) => a.taskId === 'task-after-twice')).toBe(true));
    expect(applied.filter((a) => a.taskId === 'task-twice')).toHaveLength(1);
  });

  it('dead-letters a malformed message, a mismatched agency and an unknown task with their reasons, and the partition moves on', async () => {
    const malformed = Buffer.from('{"taskId": "json is not the contract"}');
    const mismatched = encodeEnvelope(inboundEnvelope(taskAcknowledged('task-of-lang-son'), { agencyId: 'so-ldtbxh-lang-son' }));
    const unknown = encodeEnvelope(inboundEnvelope(taskAcknowledged('unknown-task-404')));
    const [sent] = await send(
      { value: malformed },
      { value: mismatched },
      { value: unknown },
      { value: encodeEnvelope(inboundEnvelope(taskAcknowledged('task-after-rejects'))) },
    );
    await waitFor(() => expect(applied.some((a) => a.taskId === 'task-after-rejects')).toBe(true));
    await waitFor(() => expect(deadLetters.records).toHaveLength(3));
    expect(applied.some((a) => a.taskId === 'task-of-lang-son' || a.taskId === 'unknown-task-404')).toBe(false);
    const firstOffset = Number(sent.baseOffset);
    expect(deadLetters.records.map((record) => [record.headers[HEADERS.deadLetterReasonCode], record.headers[HEADERS.deadLetterOriginalOffset]])).toEqual([
      ['undecodable', String(firstOffset)],
      ['unauthorized-agency', String(firstOffset + 1)],
      ['unknown-reference', String(firstOffset + 2)],
    ]);
    expect(deadLetters.records[1].headers[HEADERS.deadLetterReason]).toBe(
      'unauthorized-agency: Sender tuyen-quang-gateway may not act for agency so-ldtbxh-lang-son',
    );
    expect(deadLetters.records[2].headers[HEADERS.deadLetterReason]).toBe('unknown-reference: Unknown task unknown-task-404');
    deadLetters.records.forEach((record) => {
      expect(record.headers[HEADERS.deadLetterOriginalTopic]).toBe(topic);
      expect(record.headers[HEADERS.deadLetterOriginalPartition]).toBe(String(sent.partition));
      expect(record.key).toBe(AGENCY);
    });
    expect(deadLetters.records.map((record) => record.value)).toEqual([malformed, Buffer.from(mismatched), Buffer.from(unknown)]);
  });

  it('dead-letters a summary with a NUL, naming the field, and the partition moves on', async () => {
    const reported = progressReported('task-nul', 20);
    const bytes = encodeEnvelope(inboundEnvelope({ case: 'progressReported', value: { ...reported.value, summary: 'Tập huấn\u0000' } }));
    await send({ value: bytes }, { value: encodeEnvelope(inboundEnvelope(taskAcknowledged('task-after-nul'))) });
    await waitFor(() => expect(applied.some((a) => a.taskId === 'task-after-nul')).toBe(true));
    const reasonOf = () => deadLetters.records.find((record) => record.value.equals(Buffer.from(bytes)))?.headers[HEADERS.deadLetterReason];
    await waitFor(() => expect(reasonOf()).toBe('invalid: payload.value.summary contains the control character U+0000 at position 8'));
    expect(applied.some((a) => a.taskId === 'task-nul')).toBe(false);
  });

  it('applies a message once even when its copies arrive on two partitions at the same time', async () => {
    const copy = encodeEnvelope(inboundEnvelope(taskAcknowledged('slow-task-copied')));
    const sent = await producer.send({
      topic,
      acks: -1,
      messages: ['copy-key-1', 'copy-key-3'].map((key) => ({ key, value: Buffer.from(copy), headers: { [HEADERS.sender]: SENDER } })),
    });
    expect(new Set(sent.map((metadata) => metadata.partition)).size).toBe(2);
    await send({ value: encodeEnvelope(inboundEnvelope(taskAcknowledged('task-after-copies'))), key: 'copy-key-1' });
    await send({ value: encodeEnvelope(inboundEnvelope(taskAcknowledged('task-after-copies-2'))), key: 'copy-key-3' });
    await waitFor(() => expect(applied.filter((a) => a.taskId.startsWith('task-after-copies'))).toHaveLength(2));
    expect(applied.filter((a) => a.taskId === 'slow-task-copied')).toHaveLength(1);
  });

  it('takes a protobuf message produced by kcat from a file', async () => {
    const envelope = inboundEnvelope(progressReported('task-from-kcat', 80));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cpp-kcat-')), 'progress.binpb');
    fs.writeFileSync(file, encodeEnvelope(envelope));
    // Without -l, kcat sends each file named on the command line whole, as one message.
    const kcat = spawnSync('kcat', ['-P', '-b', kafka.bootstrapServers, '-t', topic, '-k', AGENCY, '-H', `${HEADERS.sender}=${SENDER}`, file], {
      encoding: 'utf8',
    });
    expect(kcat.stderr).toBe('');
    expect(kcat.status).toBe(0);
    await waitFor(() =>
      expect(applied.filter((a) => a.taskId === 'task-from-kcat')).toEqual([
        { kind: 'progressReported', taskId: 'task-from-kcat', agencyId: AGENCY, messageId: envelope.messageId },
      ]),
    );
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('retries transient failures with backoff and keeps every key in order', async () => {
    const keys = [AGENCY, 'ubnd-huyen-son-duong'];
    failuresLeft.set(`${keys[0]}/0`, 3);
    const messages = [0, 1, 2, 3, 4].flatMap((n) =>
      keys.map((key) => ({ key, value: encodeEnvelope(inboundEnvelope(progressReported(`${key}/${n}`), { agencyId: key })) })),
    );
    for (const message of messages) await send(message);
    await waitFor(() => expect(applied.filter((a) => a.taskId.includes('/'))).toHaveLength(10));
    for (const key of keys) {
      expect(applied.filter((a) => a.agencyId === key && a.taskId.includes('/')).map((a) => a.taskId)).toEqual([0, 1, 2, 3, 4].map((n) => `${key}/${n}`));
    }
    expect(failuresLeft.get(`${keys[0]}/0`)).toBe(0);
  });

  it('a batch of many keys sent at once: each message applied once in its key order, a copy inside the batch skipped, a reject dead-lettered alone', async () => {
    const keys = [AGENCY, 'ubnd-huyen-son-duong'];
    const envelopes = keys.map((key) => [0, 1, 2, 3, 4, 5].map((n) => inboundEnvelope(progressReported(`batch/${key}/${n}`), { agencyId: key })));
    const rejected = inboundEnvelope(progressReported('unknown-in-batch'));
    const dlqBefore = deadLetters.records.length;
    const messages = [0, 1, 2, 3, 4, 5].flatMap((n) => [
      ...keys.map((key, k) => ({ key, value: Buffer.from(encodeEnvelope(envelopes[k][n])), headers: { [HEADERS.sender]: SENDER } })),
      ...(n === 2 ? [{ key: AGENCY, value: Buffer.from(encodeEnvelope(rejected)), headers: { [HEADERS.sender]: SENDER } }] : []),
      ...(n === 3 ? [{ key: AGENCY, value: Buffer.from(encodeEnvelope(envelopes[0][1])), headers: { [HEADERS.sender]: SENDER } }] : []),
    ]);
    await producer.send({ topic, acks: -1, messages });
    await waitFor(() => expect(applied.filter((a) => a.taskId.startsWith('batch/'))).toHaveLength(12));
    await waitFor(() => expect(deadLetters.records).toHaveLength(dlqBefore + 1));
    keys.forEach((key, k) => {
      const ofKey = applied.filter((a) => a.taskId.startsWith(`batch/${key}/`));
      expect(ofKey.map((a) => a.messageId)).toEqual(envelopes[k].map((envelope) => envelope.messageId));
    });
    expect(deadLetters.records[dlqBefore].value).toEqual(Buffer.from(encodeEnvelope(rejected)));
    expect(deadLetters.records[dlqBefore].headers[HEADERS.deadLetterReasonCode]).toBe('unknown-reference');
  });

  it('leaves a message still failing at shutdown uncommitted, for the next consumer of the group', async () => {
    failuresLeft.set('task-stuck', 1_000_000);
    await send({ value: encodeEnvelope(inboundEnvelope(progressReported('task-stuck'))) });
    await waitFor(() => expect(failuresLeft.get('task-stuck')).toBeLessThan(1_000_000 - 1));
    await consumer.stop();
    failuresLeft.set('task-stuck', 0);
    consumer = newConsumer();
    await consumer.start();
    await waitFor(() => expect(applied.filter((a) => a.taskId === 'task-stuck')).toHaveLength(1));
  });
});
