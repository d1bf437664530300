import { RecordedEvent } from '@cpp/eventsourcing';
import { OutboundPayload } from '../contracts/contracts';

/** What one domain event becomes on the public topic. */
export interface OutboundMessage {
  /** The agency the message concerns: the envelope's agency and the Kafka key. */
  agencyId: string;
  payload: OutboundPayload;
}

/**
 * Pure translation of a committed domain event into a public contract; null when this
 * particular event is not for agencies (e.g. an internal variant of a published type).
 * A mapper that throws stops the relay: the event must not be skipped silently.
 */
export type OutboundMapper<Data = any> = (event: RecordedEvent<string, Data>) => OutboundMessage | null;

/** The mappers by domain event type, registered by the contexts that own the events. */
export class OutboundMappers {
  private readonly mappers = new Map<string, OutboundMapper>();

  register<Data>(eventType: string, mapper: OutboundMapper<Data>): this {
    if (this.mappers.has(eventType)) throw new Error(`An outbound mapper for ${eventType} is already registered`);
    this.mappers.set(eventType, mapper);
    return this;
  }

  map(event: RecordedEvent): OutboundMessage | null {
    return this.mappers.get(event.type)?.(event) ?? null;
  }

  get eventTypes(): string[] {
    return [...this.mappers.keys()];
  }
}
