import { DomainEvent } from '../events/new-event';
import { EventStore } from '../store/event-store';
import { Decider, fold } from './decider';
import { asDomainEvent } from './handle-command';

export interface LoadedState<State> {
  state: State;
  /** The stream's last revision, or 'no_stream': the expectation for a following append. */
  revision: number | 'no_stream';
}

/** Folds a stream into its decider's state, e.g. to look up a fact another decision needs. */
export async function loadState<Event extends DomainEvent, State>(
  store: EventStore,
  decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
  streamId: string,
): Promise<LoadedState<State>> {
  const history = await store.readStream(streamId);
  const state = fold(decider, history.map(asDomainEvent<Event>));
  return { state, revision: history.length === 0 ? 'no_stream' : history[history.length - 1].revision };
}
