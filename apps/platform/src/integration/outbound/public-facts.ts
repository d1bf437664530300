import {
  CommandContext,
  EventBatchHandler,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from '@cpp/eventsourcing';

/**
 * Facts a public contract states beyond its event's data (an obligation's title), read from
 * a published event earlier in the event's own stream, so that a republished event says the
 * same as the first time. Null when the stream does not have them. A context whose event
 * lacks what its contract needs carries it in the published event instead (ConclusionIssued
 * carries its lead agency, summary and recommendations): lookups never fold internal events.
 */
export type FactsLookup<Facts> = (store: EventStore, event: RecordedEvent) => Promise<Facts | null>;

/** The data an outbound mapper receives for an event that has a lookup. */
export type WithFacts<Data, Facts> = Data & { facts: Facts | null };

/**
 * The log as the relay reads it: events of the looked-up types arrive with their facts.
 * A lookup that fails (the database went away) fails the batch, and the relay reads it again
 * from its checkpoint: nothing is skipped. The mappers stay pure translations.
 */
export class EventStoreWithPublicFacts implements EventStore {
  constructor(
    private readonly store: EventStore,
    private readonly lookups: Record<string, FactsLookup<unknown>>,
  ) {}

  subscribe(handler: EventBatchHandler, options?: SubscribeOptions) {
    return this.store.subscribe(async (events) => handler(await Promise.all(events.map((event) => this.withFacts(event)))), options);
  }

  append(streamId: string, events: NewEvent[], expected: ExpectedRevision, context: CommandContext) {
    return this.store.append(streamId, events, expected, context);
  }

  readStream(streamId: string, options?: ReadStreamOptions) {
    return this.store.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions) {
    return this.store.readAll(options);
  }

  headCheckpoint() {
    return this.store.headCheckpoint();
  }

  /** The platform closes the store it opened; the relay's view of it has nothing of its own to close. */
  async close(): Promise<void> {}

  private async withFacts(event: RecordedEvent): Promise<RecordedEvent> {
    const lookup = this.lookups[event.type];
    if (!lookup) return event;
    return { ...event, data: { ...(event.data as object), facts: await lookup(this.store, event) } };
  }
}
