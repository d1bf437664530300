import { EventEmitter } from 'node:events';
import { backoffDelay } from '../retry/backoff';
import {
  BusSubscription,
  DeliveryControl,
  RecordHeaders,
  IncomingRecord,
  IntegrationBus,
  OutgoingRecord,
  RecordHandler,
  SubscribeRequest,
} from './integration-bus';

export interface InProcessBusOptions {
  /** Records kept by a topic no group reads (like Kafka's retention); read topics keep what some group still needs. */
  retention?: number;
}

interface StoredRecord {
  offset: number;
  key: string;
  value: Buffer;
  headers: Record<string, Buffer>;
}

interface Member {
  handler: RecordHandler;
  inFlight: Promise<unknown>;
}

/** One group's place in one topic. Its members take turns as the single active reader. */
interface GroupPosition {
  position: number;
  members: Member[];
  running: boolean;
}

class TopicLog {
  /** Offset of records[0]; earlier records were trimmed. */
  first = 0;
  records: StoredRecord[] = [];
  readonly groups = new Map<string, GroupPosition>();

  get next(): number {
    return this.first + this.records.length;
  }

  at(offset: number): StoredRecord | undefined {
    return this.records[offset - this.first];
  }

  trim(retention: number): void {
    const positions = [...this.groups.values()].map((group) => group.position);
    const keepFrom = positions.length > 0 ? Math.min(...positions) : this.next - retention;
    if (keepFrom <= this.first) return;
    this.records.splice(0, keepFrom - this.first);
    this.first = keepFrom;
  }
}

/**
 * The bus inside one process, for the embedded default: the same encoded contracts as on
 * Kafka, one partition per topic (so every key keeps its order), at-least-once delivery
 * with redelivery after a handler fails. Nothing survives a restart; the event store does.
 */
export class InProcessIntegrationBus implements IntegrationBus {
  private readonly topics = new Map<string, TopicLog>();
  private readonly changes = new EventEmitter();
  private closed = false;

  constructor(private readonly options: InProcessBusOptions = {}) {
    this.changes.setMaxListeners(0);
  }

  async publish(records: OutgoingRecord[]): Promise<void> {
    if (this.closed) throw new Error('The in-process bus is closed');
    for (const record of records) {
      const log = this.topic(record.topic);
      log.records.push({ offset: log.next, key: record.key, value: Buffer.from(record.value), headers: toBuffers(record.headers) });
      log.trim(this.options.retention ?? 10_000);
    }
    this.changes.emit('published');
  }

  async subscribe(request: SubscribeRequest): Promise<BusSubscription> {
    const member: Member = { handler: request.handler, inFlight: Promise.resolve() };
    const positions = request.topics.map((topic) => {
      const log = this.topic(topic);
      let group = log.groups.get(request.groupId);
      if (!group) {
        group = { position: request.fromBeginning === false ? log.next : log.first, members: [], running: false };
        log.groups.set(request.groupId, group);
      }
      group.members.push(member);
      if (!group.running) void this.deliver(topic, log, group);
      return group;
    });
    return {
      stop: async () => {
        for (const group of positions) group.members.splice(group.members.indexOf(member), 1);
        this.changes.emit('left');
        await member.inFlight.catch(() => undefined);
      },
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.changes.emit('left');
  }

  private async deliver(topic: string, log: TopicLog, group: GroupPosition): Promise<void> {
    group.running = true;
    const control: DeliveryControl = { heartbeat: async () => undefined };
    let failures = 0;
    while (!this.closed && group.members.length > 0) {
      const record = log.at(group.position);
      if (!record) {
        await this.until(['published', 'left']);
        continue;
      }
      const member = group.members[0];
      const handled = member.handler(toIncoming(topic, record), control);
      member.inFlight = handled;
      try {
        await handled;
        group.position = record.offset + 1;
        failures = 0;
        log.trim(this.options.retention ?? 10_000);
      } catch {
        // Not done: the same record again after a pause, as a Kafka consumer would.
        failures++;
        await this.until(['left'], backoffDelay(failures, { initialMs: 100, maxMs: 5000 }));
      }
    }
    group.running = false;
  }

  /** Resolves on the first of the events, or after `ms`. */
  private until(events: string[], ms?: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        for (const event of events) this.changes.off(event, done);
        resolve();
      };
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      for (const event of events) this.changes.on(event, done);
    });
  }

  private topic(name: string): TopicLog {
    let log = this.topics.get(name);
    if (!log) {
      log = new TopicLog();
      this.topics.set(name, log);
    }
    return log;
  }
}

function toBuffers(headers: RecordHeaders = {}): Record<string, Buffer> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Buffer.from(value)]));
}

function toIncoming(topic: string, record: StoredRecord): IncomingRecord {
  return { topic, partition: 0, offset: String(record.offset), key: Buffer.from(record.key), value: Buffer.from(record.value), headers: { ...record.headers } };
}
