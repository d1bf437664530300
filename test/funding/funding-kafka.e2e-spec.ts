import { randomUUID } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import {
  AllocationChange,
  createEnvelope,
  decodeEnvelope,
  DisbursementKind,
  encodeEnvelope,
  Envelope,
  HEADERS,
  TreasuryPaymentConfirmedSchema,
} from '@cpp/messaging';
import { waitFor } from '@cpp/messaging/testing';
import { Producer } from 'kafkajs';
import { collectTopic, CollectedRecord, KafkaMock, plainProducer, startKafka, unique } from '../messaging/support/kafka-cluster';
import { committee, startTestPlatform, TestPlatform } from '../support/platform-harness';

jest.setTimeout(60_000);

const SENDER = 'kbnn-soc-trang-gateway';
const TREASURY = 'kbnn-soc-trang';
/** The demo's Sở LĐTBXH line for the Sóc Trăng plan's II.5.a: 800 000 000 allocated, 730 000 000 paid (illustrative). */
const LINE = 'so-ldtbxh-soc-trang-2025-bvte';
const LINE_QUERY = `query ($id: ID!) { budgetLine(id: $id) { paid unspent entries { kind amount reference } } }`;

/**
 * The State Treasury's system and the spending unit's system on Kafka (librdkafka's mock
 * cluster): payment confirmations come in as protobuf envelopes, applied once however often
 * they arrive; bad ones are dead-lettered and write nothing; allocations go out to the unit.
 */
describe('funding on Kafka (Treasury confirmations in, allocations out)', () => {
  const inboundTopic = unique('cpp.agency.inbound');
  const publicTopic = unique('cpp.platform.public');
  let kafka: KafkaMock;
  let t: TestPlatform;
  let producer: Producer;
  let deadLetters: { records: CollectedRecord[]; stop(): Promise<void> };
  let published: { records: CollectedRecord[]; stop(): Promise<void> };

  beforeAll(async () => {
    kafka = await startKafka();
    t = await startTestPlatform({
      now: '2025-10-01T03:00:00Z',
      kafkaBrokers: kafka.brokers,
      integration: { inboundTopic, publicTopic, ingestGroup: unique('cpp-ingest'), senders: { [SENDER]: [TREASURY] } },
    });
    [producer, deadLetters, published] = await Promise.all([
      plainProducer(kafka.brokers),
      collectTopic(kafka.brokers, `${inboundTopic}.dlq`),
      collectTopic(kafka.brokers, publicTopic),
    ]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([producer?.disconnect(), deadLetters?.stop(), published?.stop()]);
    await t?.stop();
    await kafka?.stop();
  });

  const confirmation = (fields: { amountVnd: string; treasuryReference: string; lineId?: string; kind?: DisbursementKind }): Envelope =>
    createEnvelope({
      messageId: `${SENDER}:${randomUUID()}`,
      agencyId: TREASURY,
      occurredAt: '2025-10-01T02:00:00Z',
      payload: {
        case: 'treasuryPaymentConfirmed',
        value: create(TreasuryPaymentConfirmedSchema, { lineId: LINE, kind: DisbursementKind.PAYMENT, confirmedOn: '2025-09-30', ...fields }),
      },
    });
  const send = (...values: Envelope[]) =>
    producer.send({
      topic: inboundTopic,
      acks: -1,
      messages: values.map((value) => ({ key: TREASURY, value: Buffer.from(encodeEnvelope(value)), headers: { [HEADERS.sender]: SENDER } })),
    });
  const line = async () => (await t.as(committee).ok(LINE_QUERY, { id: LINE })).budgetLine;

  it('applies a payment delivered twice, and again under another message id, once', async () => {
    const payment = confirmation({ amountVnd: '30000000', treasuryReference: 'KBNN-ST-2025-0301' });
    await send(payment);
    await send(payment);
    await send(confirmation({ amountVnd: '30000000', treasuryReference: 'KBNN-ST-2025-0301' }));
    await waitFor(async () => expect((await line()).paid).toBe('760000000'));
    await send(confirmation({ amountVnd: '1000000', treasuryReference: 'KBNN-ST-2025-0302' }));
    await waitFor(async () => expect((await line()).paid).toBe('761000000'));
    expect((await line()).entries.filter((entry: { reference: string }) => entry.reference === 'KBNN-ST-2025-0301')).toHaveLength(1);
  });

  it('dead-letters negative, fractional and overflowing amounts, an overdraw and an unknown line, writing nothing', async () => {
    const before = await line();
    const rejected = [
      confirmation({ amountVnd: '-5000000', treasuryReference: 'KBNN-ST-2025-0401' }),
      confirmation({ amountVnd: '5000000.5', treasuryReference: 'KBNN-ST-2025-0402' }),
      confirmation({ amountVnd: '99999999999999999', treasuryReference: 'KBNN-ST-2025-0403' }),
      confirmation({ amountVnd: '39000001', treasuryReference: 'KBNN-ST-2025-0404' }),
      confirmation({ amountVnd: '1000', treasuryReference: 'KBNN-ST-2025-0405', lineId: 'khong-co-dong-nay' }),
    ];
    await send(...rejected);
    await waitFor(() => expect(deadLetters.records).toHaveLength(5));
    expect(deadLetters.records.map((record) => record.headers[HEADERS.deadLetterReasonCode])).toEqual([
      'invalid',
      'invalid',
      'invalid',
      'refused',
      'unknown-reference',
    ]);
    expect(deadLetters.records[3].headers[HEADERS.deadLetterReason]).toMatch(/CONFLICT: Payment 39000001 is above the 39000000 đồng unspent/);
    expect(await line()).toEqual(before);
  });

  it('tells the spending unit’s system of its allocation, keyed by the unit, the amount exact', async () => {
    const record = await waitFor(() => {
      const found = published.records.find(
        (r) =>
          r.headers[HEADERS.eventType] === 'BudgetAllocated' &&
          decodeEnvelope(r.value).payload.case === 'budgetAllocationPublished' &&
          (decodeEnvelope(r.value).payload.value as { lineId: string }).lineId === LINE,
      );
      expect(found).toBeDefined();
      return found!;
    });
    expect(record.key).toBe('so-ldtbxh-soc-trang');
    expect(decodeEnvelope(record.value).payload).toMatchObject({
      case: 'budgetAllocationPublished',
      value: { lineId: LINE, change: AllocationChange.ALLOCATED, amountVnd: '800000000', effectiveOn: '2024-12-20' },
    });
  });
});
