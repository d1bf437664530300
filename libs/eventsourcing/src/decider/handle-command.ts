import { CommandContext } from '../events/command-context';
import { DomainEvent } from '../events/new-event';
import { RecordedEvent } from '../events/recorded-event';
import { WrongExpectedRevisionError } from '../store/errors';
import { AppendResult, EventStore } from '../store/event-store';
import { Decider, fold } from './decider';
import { StateCache } from './state-cache';

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
  /** Folded states kept between commands (see StateCache); the stream is read when it has none. */
  cache?: StateCache;
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
  const { cache } = options;
  for (let attempt = 0; ; attempt++) {
    const { state, revision } = (attempt === 0 && cache?.get(decider, streamId)) || (await readState(store, decider, streamId));
    const events = decider.decide(command, state as State);
    if (events.length === 0) return { events, state: state as State, result: null };
    const expected = revision ?? 'no_stream';
    try {
      const result = await store.append(
        streamId,
        events.map((event, index) => ({ type: event.type, data: event.data, occurredAt: options.occurredAt, id: options.eventId?.(index) })),
        expected,
        context,
      );
      // Not written: the same events (by id) were already there, and so already in `state`.
      const after = result.written ? events.reduce(decider.evolve, state as State) : (state as State);
      if (result.written) cache?.set(decider, streamId, { state: after, revision: result.nextExpectedRevision });
      // A replayed cause found its events stored: whether the cached revision still holds is unknown.
      else cache?.delete(decider, streamId);
      return { events, state: after, result };
    } catch (error) {
      cache?.delete(decider, streamId);
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= retries) throw error;
    }
  }
}

async function readState<State>(
  store: EventStore,
  decider: Pick<Decider<unknown, DomainEvent, State>, 'initialState' | 'evolve'>,
  streamId: string,
): Promise<{ state: State; revision: number | null }> {
  const history = await store.readStream(streamId);
  return { state: fold(decider, history.map(asDomainEvent)), revision: history.length === 0 ? null : history[history.length - 1].revision };
}

export function asDomainEvent<Event extends DomainEvent>(event: RecordedEvent): Event {
  return { type: event.type, data: event.data } as Event;
}
