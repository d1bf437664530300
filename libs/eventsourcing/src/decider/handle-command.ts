import { CommandContext } from '../events/command-context';
import { DomainEvent } from '../events/new-event';
import { RecordedEvent } from '../events/recorded-event';
import { WrongExpectedRevisionError } from '../store/errors';
import { AppendResult, EventStore } from '../store/event-store';
import { Decider, fold } from './decider';

export interface HandleCommandOptions {
  /** How many times a lost optimistic race is retried against the fresh stream. */
  retries?: number;
  /** Where the events' occurredAt comes from, when the command says when the fact happened. */
  occurredAt?: string;
  /**
   * Ids for the decided events, derived from what caused the command (a Kafka message id, an
   * event a reactor reacts to): a redelivered cause then appends nothing twice.
   */
  eventId?: (index: number) => string;
}

export interface CommandOutcome<Event extends DomainEvent, State> {
  events: Event[];
  state: State;
  result: AppendResult | null;
}

/**
 * Load → fold → decide → append at the revision that was read. When another writer got
 * there first the whole cycle runs again on the fresh stream, so `decide` always judges
 * the latest state; after `retries` lost races the conflict reaches the caller.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  streamId: string,
  command: Command,
  context: CommandContext,
  options: HandleCommandOptions = {},
): Promise<CommandOutcome<Event, State>> {
  const retries = options.retries ?? 3;
  for (let attempt = 0; ; attempt++) {
    const history = await store.readStream(streamId);
    const state = fold(decider, history.map(asDomainEvent<Event>));
    const events = decider.decide(command, state);
    if (events.length === 0) return { events, state, result: null };
    const expected = history.length === 0 ? 'no_stream' : history[history.length - 1].revision;
    try {
      const result = await store.append(
        streamId,
        events.map((event, index) => ({ type: event.type, data: event.data, occurredAt: options.occurredAt, id: options.eventId?.(index) })),
        expected,
        context,
      );
      // Not written: the same events (by id) were already there, and so already in `state`.
      return { events, state: result.written ? events.reduce(decider.evolve, state) : state, result };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= retries) throw error;
    }
  }
}

export function asDomainEvent<Event extends DomainEvent>(event: RecordedEvent): Event {
  return { type: event.type, data: event.data } as Event;
}
