import { create } from '@bufbuild/protobuf';
import { conflict, FixedClock } from '@cpp/eventsourcing';
import { createPGliteTestDatabase, TestDatabase } from '@cpp/eventsourcing/testing';
import { InProcessIntegrationBus } from '../bus/in-process-bus';
import { IncomingRecord } from '../bus/integration-bus';
import { CorrectiveActionReportedSchema } from '../contracts/contracts';
import { encodeEnvelope } from '../contracts/envelope-codec';
import { HEADERS } from '../contracts/headers';
import { inboundEnvelope, inboundRecord, progressReported, taskAcknowledged } from '../testing/sample-messages';
import { waitFor } from '../testing/wait-for';
import { StaticAgencyAllowList } from './agency-authorization';
import { InboundContext } from './inbound-context';
import { InboundHandlers } from './inbound-handlers';
import { IngestConsumer } from './ingest-consumer';
import { UnknownReferenceError } from './rejection';

const TOPIC = 'agency.inbound';
const AGENCY = 'so-ldtbxh-tuyen-quang';

describe('IngestConsumer (in-process bus)', () => {
  let database: TestDatabase;
  let bus: InProcessIntegrationBus;
  let consumer: IngestConsumer;
  let applied: { kind: string; taskId: string; context: InboundContext }[];
  let deadLetters: IncomingRecord[];
  let transientFailures: number;

  beforeEach(async () => {
    database = await createPGliteTestDatabase();
    bus = new InProcessIntegrationBus();
    applied = [];
    deadLetters = [];
    transientFailures = 0;
    const handlers = new InboundHandlers()
      .register('taskAcknowledged', async (payload, context) => {
        if (payload.taskId.startsWith('unknown')) throw new UnknownReferenceError('task', payload.taskId);
        if (payload.taskId.startsWith('closed')) throw conflict(`Task ${payload.taskId} is closed`);
        applied.push({ kind: 'taskAcknowledged', taskId: payload.taskId, context });
      })
      .register('progressReported', async (payload, context) => {
        if (transientFailures-- > 0) throw new Error('connection reset');
        applied.push({ kind: 'progressReported', taskId: payload.taskId, context });
      });
    consumer = new IngestConsumer(bus, database.sql, handlers, new StaticAgencyAllowList({ 'tuyen-quang-gateway': [AGENCY] }), {
      groupId: 'ingest',
      topics: [TOPIC],
      clock: new FixedClock(new Date('2024-05-10T04:00:00Z')),
      backoff: { initialMs: 5, maxMs: 20 },
    });
    await consumer.start();
    await bus.subscribe({ groupId: 'dlq-reader', topics: [`${TOPIC}.dlq`], handler: async (record) => void deadLetters.push(record) });
  });

  afterEach(async () => {
    await consumer.stop();
    await bus.close();
    await database.drop();
  });

  it('hands the decoded command to its handler once, with who sent it and for whom', async () => {
    const envelope = inboundEnvelope(taskAcknowledged('task-7'), { correlationId: 'corr-7' });
    await bus.publish([inboundRecord(TOPIC, envelope)]);
    await waitFor(() => expect(applied).toHaveLength(1));
    const { context } = applied[0];
    expect(applied[0].taskId).toBe('task-7');
    expect(context).toMatchObject({ messageId: envelope.messageId, sender: 'tuyen-quang-gateway', agencyId: AGENCY, occurredAt: '2024-05-10T03:00:00.000Z' });
    expect(context.command).toEqual({
      actor: 'agency-system:tuyen-quang-gateway',
      agency: AGENCY,
      correlationId: 'corr-7',
      causationId: `message:${envelope.messageId}`,
    });
    expect(context.eventId(0)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('applies a redelivered message once', async () => {
    const envelope = inboundEnvelope(taskAcknowledged('task-1'));
    await bus.publish([inboundRecord(TOPIC, envelope), inboundRecord(TOPIC, envelope), inboundRecord(TOPIC, inboundEnvelope(taskAcknowledged('task-2')))]);
    await waitFor(() => expect(applied.map((a) => a.taskId)).toEqual(['task-1', 'task-2']));
    expect(deadLetters).toHaveLength(0);
  });

  it('dead-letters what can never be applied, with the reason and the original record, and moves on', async () => {
    const mismatched = inboundEnvelope(taskAcknowledged('task-1'), { agencyId: 'so-ldtbxh-lang-son' });
    const records = [
      { topic: TOPIC, key: AGENCY, value: Buffer.from('not protobuf at all'), headers: { [HEADERS.sender]: 'tuyen-quang-gateway' } },
      { ...inboundRecord(TOPIC, inboundEnvelope(taskAcknowledged('task-1'))), headers: {} },
      inboundRecord(TOPIC, mismatched),
      inboundRecord(TOPIC, inboundEnvelope(taskAcknowledged('unknown-task'))),
      inboundRecord(TOPIC, inboundEnvelope(taskAcknowledged('closed-task'))),
      inboundRecord(TOPIC, inboundEnvelope(progressReported('task-1', 101))),
      inboundRecord(
        TOPIC,
        inboundEnvelope({
          case: 'correctiveActionReported',
          value: create(CorrectiveActionReportedSchema, { recommendationId: 'rec-1', action: 'Lắp biển cảnh báo', completedOn: '2024-05-01' }),
        }),
      ),
      inboundRecord(TOPIC, inboundEnvelope(taskAcknowledged('task-9'))),
    ];
    await bus.publish(records);
    await waitFor(() => expect(deadLetters).toHaveLength(7));
    await waitFor(() => expect(applied.map((a) => a.taskId)).toEqual(['task-9']));
    expect(deadLetters.map((record) => record.headers[HEADERS.deadLetterReasonCode].toString())).toEqual([
      'undecodable',
      'unidentified-sender',
      'unauthorized-agency',
      'unknown-reference',
      'refused',
      'invalid',
      'no-handler',
    ]);
    expect(deadLetters[2].headers[HEADERS.deadLetterReason].toString()).toBe(
      'unauthorized-agency: Sender tuyen-quang-gateway may not act for agency so-ldtbxh-lang-son',
    );
    expect(deadLetters[3].headers[HEADERS.deadLetterReason].toString()).toBe('unknown-reference: Unknown task unknown-task');
    expect(deadLetters[4].headers[HEADERS.deadLetterReason].toString()).toBe('refused: CONFLICT: Task closed-task is closed');
    deadLetters.forEach((record, index) => {
      expect(Buffer.compare(record.value!, Buffer.from(records[index].value))).toBe(0);
      expect(record.headers[HEADERS.deadLetterOriginalTopic].toString()).toBe(TOPIC);
      expect(record.headers[HEADERS.deadLetterOriginalPartition].toString()).toBe('0');
      expect(record.headers[HEADERS.deadLetterOriginalOffset].toString()).toBe(String(index));
    });
    expect(Buffer.compare(deadLetters[2].value!, Buffer.from(encodeEnvelope(mismatched)))).toBe(0);
  });

  it('a redelivered rejected message is not dead-lettered twice', async () => {
    const refused = inboundEnvelope(taskAcknowledged('unknown-task'));
    await bus.publish([inboundRecord(TOPIC, refused), inboundRecord(TOPIC, refused), inboundRecord(TOPIC, inboundEnvelope(taskAcknowledged('task-3')))]);
    await waitFor(() => expect(applied).toHaveLength(1));
    expect(deadLetters).toHaveLength(1);
  });

  it('retries a transient failure until it passes, keeping the messages behind it waiting', async () => {
    transientFailures = 3;
    await bus.publish([inboundRecord(TOPIC, inboundEnvelope(progressReported('task-1'))), inboundRecord(TOPIC, inboundEnvelope(progressReported('task-2')))]);
    await waitFor(() => expect(applied.map((a) => a.taskId)).toEqual(['task-1', 'task-2']));
    expect(deadLetters).toHaveLength(0);
  });

  it('leaves a message it was still retrying at stop for the next member of the group', async () => {
    transientFailures = 1_000_000;
    await bus.publish([inboundRecord(TOPIC, inboundEnvelope(progressReported('task-1')))]);
    await waitFor(() => expect(transientFailures).toBeLessThan(1_000_000 - 2));
    await consumer.stop();
    transientFailures = 0;
    const handlers = new InboundHandlers().register(
      'progressReported',
      async (payload, context) => void applied.push({ kind: 'progressReported', taskId: payload.taskId, context }),
    );
    consumer = new IngestConsumer(bus, database.sql, handlers, new StaticAgencyAllowList({ 'tuyen-quang-gateway': [AGENCY] }), {
      groupId: 'ingest',
      topics: [TOPIC],
      clock: new FixedClock(new Date('2024-05-10T04:00:00Z')),
    });
    await consumer.start();
    await waitFor(() => expect(applied.map((a) => a.taskId)).toEqual(['task-1']));
  });
});
