import { Clock, Coalescer, migrate, Sql, SystemClock } from '@cpp/eventsourcing';
import { BusSubscription, DeliveryControl, IncomingRecord, IntegrationBus } from '../bus/integration-bus';
import { decodeEnvelope } from '../contracts/envelope-codec';
import { HEADERS } from '../contracts/headers';
import { BackoffOptions } from '../retry/backoff';
import { retryTransient } from '../retry/retry-transient';
import { AgencyAuthorization } from './agency-authorization';
import { deadLetterRecord } from './dead-letter';
import { inboundContext } from './inbound-context';
import { InboundHandlers } from './inbound-handlers';
import { ProcessedMessage, processedAmong, processedMessagesMigrations, recordAllProcessed } from './processed-messages';
import { asRejection, MessageRejectedError } from './rejection';
import { ValidInbound, validateInbound } from './validate-inbound';

export interface IngestConsumerOptions {
  groupId: string;
  /** The inbound topics; each one's rejects go to `<topic>.dlq`. */
  topics: string[];
  clock?: Clock;
  backoff?: BackoffOptions;
  /** The sending system's identity; by default the `x-sender` header. */
  senderOf?: (record: IncomingRecord) => string | undefined;
  onDeadLetter?: (record: IncomingRecord, rejection: MessageRejectedError) => void;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

interface InboundMessage extends ValidInbound {
  sender: string;
}

/**
 * Turns agencies' messages into commands. Each record is read (sender, decoding,
 * validation), de-duplicated on (sender, message id), authorized for its agency and handed
 * to the handler of its payload. A message that can never be applied goes to the
 * dead-letter topic and the partition moves on; any other failure is retried with backoff,
 * in place, so that nothing is dropped and nothing behind it on the partition overtakes it.
 *
 * Why a table and not one transaction with the handler's writes: the handlers append
 * through the EventStore port, which has no transaction to join (EventStoreDB has none, and
 * PGlite's single connection would deadlock). A message is recorded after it was applied;
 * a crash in between repeats the handler, which the handler's stable event ids
 * (InboundContext.eventId) turn into a write of nothing. The look-ups and the records of the
 * messages being worked on at once (keys and partitions side by side) go to the table
 * together, one statement for all that arrived while the previous one ran.
 */
export class IngestConsumer {
  private readonly stopping = new AbortController();
  private subscription: BusSubscription | undefined;
  private readonly clock: Clock;
  /** Messages being applied, by sender and id: a copy on another partition waits for the first. */
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly processed: Coalescer<{ sender: string; messageId: string }, boolean>;
  private readonly recorded: Coalescer<ProcessedMessage, void>;

  constructor(
    private readonly bus: IntegrationBus,
    private readonly sql: Sql,
    private readonly handlers: InboundHandlers,
    private readonly authorization: AgencyAuthorization,
    private readonly options: IngestConsumerOptions,
  ) {
    this.clock = options.clock ?? new SystemClock();
    this.processed = new Coalescer((messages) => processedAmong(this.sql, messages));
    this.recorded = new Coalescer<ProcessedMessage, void>(async (messages) => {
      await recordAllProcessed(this.sql, messages);
      return messages.map(() => undefined);
    });
  }

  async start(): Promise<void> {
    await migrate(this.sql, 'messaging:ingest', processedMessagesMigrations);
    this.subscription = await this.bus.subscribe({
      groupId: this.options.groupId,
      topics: this.options.topics,
      fromBeginning: true,
      handler: (record, control) => this.process(record, control),
    });
  }

  /** Abandons retries in progress (their records stay uncommitted and come again) and leaves the group. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.subscription?.stop();
  }

  private async process(record: IncomingRecord, control: DeliveryControl): Promise<void> {
    const retry = <T>(work: () => Promise<T>, isPermanent?: (error: unknown) => boolean) =>
      retryTransient(work, {
        signal: this.stopping.signal,
        backoff: this.options.backoff,
        whileWaiting: () => control.heartbeat(),
        isPermanent,
        onRetry: this.options.onRetry,
        what: 'Ingest',
      });
    let message: InboundMessage;
    try {
      message = this.read(record);
    } catch (error) {
      if (!(error instanceof MessageRejectedError)) throw error;
      // Unreadable: there is no trustworthy message id to remember it by.
      await retry(() => this.deadLetter(record, error));
      return;
    }
    await this.oneAtATime(`${message.sender}\u0000${message.envelope.messageId}`, async () => {
      let outcome: 'applied' | 'duplicate' | MessageRejectedError;
      try {
        outcome = await retry(
          () => this.apply(message),
          (error) => asRejection(error) !== undefined,
        );
      } catch (error) {
        const rejection = asRejection(error);
        if (!rejection) throw error;
        outcome = rejection;
      }
      if (outcome === 'duplicate') return;
      if (outcome instanceof MessageRejectedError) await retry(() => this.deadLetter(record, outcome));
      const result = outcome === 'applied' ? ({ outcome: 'applied' } as const) : ({ outcome: 'dead-lettered', reason: outcome.reason } as const);
      await retry(() => this.recorded.call({ sender: message.sender, messageId: message.envelope.messageId, record, outcome: result }));
    });
  }

  private async oneAtATime(key: string, work: () => Promise<void>): Promise<void> {
    for (let running = this.inFlight.get(key); running; running = this.inFlight.get(key)) await running.catch(() => undefined);
    const mine = work();
    this.inFlight.set(key, mine);
    try {
      await mine;
    } finally {
      if (this.inFlight.get(key) === mine) this.inFlight.delete(key);
    }
  }

  private read(record: IncomingRecord): InboundMessage {
    const sender = (this.options.senderOf ?? senderHeader)(record);
    if (!sender) throw new MessageRejectedError('unidentified-sender', `No ${HEADERS.sender} header names the sending system`);
    let envelope;
    try {
      envelope = decodeEnvelope(record.value ?? new Uint8Array());
    } catch (error) {
      throw new MessageRejectedError('undecodable', `Not a cpp.integration.v1.Envelope: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { sender, ...validateInbound(envelope, this.clock.now()) };
  }

  private async apply({ sender, envelope, payload, occurredAt }: InboundMessage): Promise<'applied' | 'duplicate'> {
    if (await this.processed.call({ sender, messageId: envelope.messageId })) return 'duplicate';
    const decision = await this.authorization.authorize(sender, envelope.agencyId, occurredAt);
    if (!decision.allowed) throw new MessageRejectedError(decision.code, decision.reason);
    const handler = this.handlers.get(payload.case);
    if (!handler) throw new MessageRejectedError('no-handler', `The platform has no handler for ${payload.case}`);
    const context = inboundContext({
      messageId: envelope.messageId,
      sender,
      agencyId: envelope.agencyId,
      occurredAt: occurredAt.toISOString(),
      schemaVersion: envelope.schemaVersion,
      correlationId: envelope.correlationId,
    });
    await handler(payload.value as never, context);
    return 'applied';
  }

  private async deadLetter(record: IncomingRecord, rejection: MessageRejectedError): Promise<void> {
    await this.bus.publish([deadLetterRecord(record, rejection, this.options.groupId, this.clock.now())]);
    this.options.onDeadLetter?.(record, rejection);
  }
}

function senderHeader(record: IncomingRecord): string | undefined {
  return record.headers[HEADERS.sender]?.toString('utf8').trim() || undefined;
}
