import { RecordedEvent } from '../events/recorded-event';
import { EventBatchHandler, EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions } from '../store/event-store';

/** Turns the data of one schema version of an event type into the next version. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: any): unknown;
}

/**
 * Old events are never rewritten: readers see them raised, step by step, to the newest
 * schema version, so deciders and projections only know the current shape.
 */
export class Upcasters {
  private readonly steps = new Map<string, Upcaster>();

  constructor(upcasters: Upcaster[] = []) {
    for (const upcaster of upcasters) this.register(upcaster);
  }

  register(upcaster: Upcaster): void {
    const key = `${upcaster.type}@${upcaster.fromVersion}`;
    if (this.steps.has(key)) throw new Error(`Two upcasters for ${key}`);
    this.steps.set(key, upcaster);
  }

  apply(event: RecordedEvent): RecordedEvent {
    let current = event;
    for (let step = this.steps.get(`${current.type}@${current.schemaVersion}`); step; step = this.steps.get(`${current.type}@${current.schemaVersion}`)) {
      current = { ...current, data: step.upcast(current.data), schemaVersion: current.schemaVersion + 1 };
    }
    return current;
  }
}

/** Wraps any adapter so every read path upcasts. */
export function withUpcasting(store: EventStore, upcasters: Upcasters): EventStore {
  const upcastAll = (events: RecordedEvent[]) => events.map((event) => upcasters.apply(event));
  return {
    append: (...args) => store.append(...args),
    readStream: async (streamId: string, options?: ReadStreamOptions) => upcastAll(await store.readStream(streamId, options)),
    readAll: async (options?: ReadAllOptions) => upcastAll(await store.readAll(options)),
    subscribe: (handler: EventBatchHandler, options?: SubscribeOptions) => store.subscribe((events) => handler(upcastAll(events)), options),
    headCheckpoint: () => store.headCheckpoint(),
    countEvents: store.countEvents ? () => store.countEvents!() : undefined,
    close: () => store.close(),
  };
}
