import { RecordedEvent } from '../events/recorded-event';

/**
 * A process manager: reacts to published events (of its own or another context) by sending
 * commands. Delivery is at least once — after a crash the events since the last checkpoint
 * come again — so the commands it sends must be idempotent: use `deterministicEventId` for
 * the events they write, or make the decider answer a repeated request with no events.
 */
export interface Reactor {
  name: string;
  handles: readonly string[];
  react(event: RecordedEvent): Promise<void>;
}
