import { DomainEvent } from '../events/new-event';

/**
 * An aggregate as three pure functions. Business rules live in `decide` and nowhere else;
 * `evolve` only folds facts, it never refuses one.
 */
export interface Decider<Command, Event extends DomainEvent, State> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): Event[];
}

export function fold<Event extends DomainEvent, State>(decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>, events: Event[]): State {
  return events.reduce(decider.evolve, decider.initialState());
}
