/**
 * The boundary with agency systems as a port: records of bytes on named topics, keyed so
 * that records with the same key keep their order. Kafka implements it for deployments;
 * an in-process adapter carries the very same encoded contracts in the embedded default.
 */
export type RecordHeaders = Record<string, string | Uint8Array>;

export interface OutgoingRecord {
  topic: string;
  /** Records with the same key reach consumers in the order they were published. */
  key: string;
  value: Uint8Array;
  headers?: RecordHeaders;
}

export interface IncomingRecord {
  topic: string;
  partition: number;
  /** Kafka offsets are 64-bit: kept as the decimal string kafkajs gives. */
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, Buffer>;
}

export interface DeliveryControl {
  /**
   * Tells the group the consumer is alive during long work (a retry backoff), so that its
   * partitions are not handed to another member. Throws when the group is rebalancing:
   * let that error through, the record is then redelivered to the partition's new owner.
   */
  heartbeat(): Promise<void>;
}

/**
 * Resolving means the record is done: its position may be committed. Throwing means it is
 * not: the adapter delivers it again and nothing after it from the same partition meanwhile.
 */
export type RecordHandler = (record: IncomingRecord, control: DeliveryControl) => Promise<void>;

export interface SubscribeRequest {
  /** Members of one group share the topics' partitions; each group sees every record. */
  groupId: string;
  topics: string[];
  handler: RecordHandler;
  /** Where a group without a committed position starts; the end when false. Default true. */
  fromBeginning?: boolean;
}

export interface BusSubscription {
  /** Resolves when the handler is no longer running; positions of finished records are committed. */
  stop(): Promise<void>;
}

export interface IntegrationBus {
  /** Resolves when every record is durably accepted (Kafka: acknowledged by all in-sync replicas). */
  publish(records: OutgoingRecord[]): Promise<void>;
  subscribe(request: SubscribeRequest): Promise<BusSubscription>;
  close(): Promise<void>;
}
