import { Consumer, EachBatchPayload, IHeaders, Kafka, KafkaConfig, logLevel, Partitioners, Producer } from 'kafkajs';
import { BusSubscription, IntegrationBus, OutgoingRecord, RecordHandler, SubscribeRequest } from '../bus/integration-bus';

export interface KafkaBusOptions {
  brokers: string[];
  clientId?: string;
  /** Group members are declared dead after this long without a heartbeat (kafkajs default 30 s). */
  sessionTimeout?: number;
  /** How long a fetch waits for records when there are none (kafkajs default 5 s: latency on a quiet topic). */
  maxWaitTimeInMs?: number;
  /** Partitions one consumer works on at once; each partition stays in order. */
  partitionsConsumedConcurrently?: number;
  /** Keys of one partition's batch handled at once (default 16); records of one key stay in order. */
  keysConsumedConcurrently?: number;
  logLevel?: logLevel;
  /** A consumer kafkajs gave up restarting: its partitions go to the group's other members. */
  onConsumerCrash?: (groupId: string, error: Error) => void;
  /** Everything else kafkajs accepts (ssl, sasl, retry...). */
  kafka?: Partial<KafkaConfig>;
}

/**
 * The integration bus on Kafka (kafkajs). The producer waits for every in-sync replica
 * (acks -1) and keeps one request in flight per broker, so a retried send cannot overtake
 * the next one and records of one key stay in order. It is not kafkajs's idempotent
 * producer: a retry after a lost acknowledgement may write a record twice, which consumers
 * absorb by de-duplicating on the message id (and which librdkafka's test cluster refuses).
 */
export class KafkaIntegrationBus implements IntegrationBus {
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private producerReady: Promise<void> | undefined;
  private readonly consumers = new Set<Consumer>();

  constructor(private readonly options: KafkaBusOptions) {
    if (options.brokers.length === 0) throw new Error('The Kafka bus needs at least one broker');
    this.kafka = new Kafka({
      clientId: options.clientId ?? 'cpp-platform',
      brokers: options.brokers,
      logLevel: options.logLevel ?? logLevel.WARN,
      ...options.kafka,
    });
    this.producer = this.kafka.producer({
      idempotent: false,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: true,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  async publish(records: OutgoingRecord[]): Promise<void> {
    if (records.length === 0) return;
    this.producerReady ??= this.producer.connect().catch((error) => {
      this.producerReady = undefined;
      throw error;
    });
    await this.producerReady;
    const byTopic = new Map<string, OutgoingRecord[]>();
    for (const record of records) byTopic.set(record.topic, [...(byTopic.get(record.topic) ?? []), record]);
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({
        topic,
        messages: messages.map((record) => ({ key: record.key, value: Buffer.from(record.value), headers: toKafkaHeaders(record.headers) })),
      })),
    });
  }

  async subscribe(request: SubscribeRequest): Promise<BusSubscription> {
    const consumer = this.kafka.consumer({
      groupId: request.groupId,
      sessionTimeout: this.options.sessionTimeout,
      heartbeatInterval: this.options.sessionTimeout ? Math.floor(this.options.sessionTimeout / 3) : undefined,
      maxWaitTimeInMs: this.options.maxWaitTimeInMs,
      allowAutoTopicCreation: true,
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) this.options.onConsumerCrash?.(request.groupId, payload.error);
    });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: request.topics, fromBeginning: request.fromBeginning ?? true });
      await consumer.run({
        partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 4,
        eachBatchAutoResolve: false,
        eachBatch: (payload) => handleBatch(payload, request.handler, this.options.keysConsumedConcurrently ?? 16),
      });
    } catch (error) {
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
    this.consumers.add(consumer);
    return {
      stop: async () => {
        this.consumers.delete(consumer);
        await consumer.disconnect();
      },
    };
  }

  async close(): Promise<void> {
    const consumers = [...this.consumers];
    this.consumers.clear();
    await Promise.all(consumers.map((consumer) => consumer.disconnect()));
    if (this.producerReady) await this.producer.disconnect();
  }
}

/**
 * One fetched batch of a partition: its records grouped by key, the keys worked on at once
 * (up to `concurrency`), each key's records one after another in offset order. The offset
 * committed is the end of the run of records that all finished, so a failure (thrown after the
 * others finished) makes kafkajs fetch again from the first unfinished record: records after it
 * that were already applied come again, which ingest's de-duplication absorbs, and none of a
 * key's records overtakes an earlier one of the same key.
 */
async function handleBatch(
  { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload,
  handler: RecordHandler,
  concurrency: number,
): Promise<void> {
  const { topic, partition } = batch;
  const byKey = new Map<string, number[]>();
  batch.messages.forEach((message, index) => {
    const key = message.key ? message.key.toString('latin1') : `\u0000${index}`;
    const lane = byKey.get(key);
    if (lane) lane.push(index);
    else byKey.set(key, [index]);
  });
  const done = new Array<boolean>(batch.messages.length).fill(false);
  let failure: { error: unknown } | undefined;
  const lanes = [...byKey.values()];
  const work = async () => {
    for (let lane = lanes.shift(); lane && !failure; lane = lanes.shift()) {
      for (const index of lane) {
        if (failure || !isRunning() || isStale()) return;
        const message = batch.messages[index];
        try {
          await handler(
            { topic, partition, offset: message.offset, key: message.key, value: message.value, headers: fromKafkaHeaders(message.headers) },
            { heartbeat },
          );
          done[index] = true;
        } catch (error) {
          failure ??= { error };
          return;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, lanes.length) }, work));
  let finished = 0;
  while (finished < done.length && done[finished]) finished++;
  if (finished > 0) resolveOffset(batch.messages[finished - 1].offset);
  await commitOffsetsIfNecessary();
  if (failure) throw failure.error;
  await heartbeat();
}

function toKafkaHeaders(headers: OutgoingRecord['headers'] = {}): IHeaders {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, typeof value === 'string' ? value : Buffer.from(value)]));
}

function fromKafkaHeaders(headers: IHeaders = {}): Record<string, Buffer> {
  const result: Record<string, Buffer> = {};
  for (const [name, value] of Object.entries(headers)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) result[name] = Buffer.from(first);
  }
  return result;
}
