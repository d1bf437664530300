import { randomBytes } from 'node:crypto';
import { Consumer, IHeaders, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startKafkaMock } = require('../../../infra/test-services/kafka-mock.js');

export interface KafkaMock {
  brokers: string[];
  bootstrapServers: string;
  stop(): Promise<void>;
}

/** librdkafka's mock cluster: one per test file, started in a few milliseconds. */
export function startKafka(): Promise<KafkaMock> {
  return startKafkaMock();
}

/** Topics and groups are never reused, so tests cannot see each other's records or offsets. */
export function unique(prefix: string): string {
  return `${prefix}.${randomBytes(4).toString('hex')}`;
}

/** A rebalance on the mock takes about the session timeout: keep it short in tests. */
export const SESSION_TIMEOUT = 6000;
/** The mock answers an empty fetch only when its wait is up: keep it short for quick delivery. */
export const MAX_WAIT_MS = 100;

/** A plain kafkajs client, standing in for an agency's system. */
export function agencyKafka(brokers: string[]): Kafka {
  return new Kafka({ clientId: 'agency-system', brokers, logLevel: logLevel.NOTHING });
}

export async function plainProducer(brokers: string[]): Promise<Producer> {
  const producer = agencyKafka(brokers).producer({ idempotent: false, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  return producer;
}

export interface CollectedRecord {
  partition: number;
  offset: string;
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

/** Reads a topic from the beginning in its own group, keeping every record it sees. */
export async function collectTopic(brokers: string[], topic: string): Promise<{ records: CollectedRecord[]; stop(): Promise<void> }> {
  const records: CollectedRecord[] = [];
  const consumer: Consumer = agencyKafka(brokers).consumer({
    groupId: unique('collector'),
    sessionTimeout: SESSION_TIMEOUT,
    heartbeatInterval: 2000,
    maxWaitTimeInMs: MAX_WAIT_MS,
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      records.push({
        partition,
        offset: message.offset,
        key: message.key?.toString() ?? '',
        value: message.value ?? Buffer.alloc(0),
        headers: headersAsText(message.headers),
      });
    },
  });
  return { records, stop: () => consumer.disconnect() };
}

function headersAsText(headers: IHeaders = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(Array.isArray(value) ? value[0] : value)]));
}
