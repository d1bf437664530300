import { Decider } from '../decider/decider';
import { DomainError, DomainErrorCode } from '../decider/domain-error';
import { DomainEvent } from '../events/new-event';

/**
 * Given past events, when a command is decided, then these events (or this refusal).
 *
 *   spec.given([registered]).when(rename).then([renamed]);
 *   spec.given([]).when(rename).thenRefuses('NOT_FOUND', /not registered/);
 */
export function deciderSpec<Command, Event extends DomainEvent, State>(decider: Decider<Command, Event, State>) {
  return {
    given(history: Event[]) {
      const state = history.reduce(decider.evolve, decider.initialState());
      return {
        when(command: Command) {
          const decide = () => decider.decide(command, state);
          return {
            then(expected: Event[]): void {
              expect(decide()).toEqual(expected);
            },
            thenRefuses(code: DomainErrorCode, message?: RegExp | string): void {
              let refusal: unknown;
              try {
                decide();
              } catch (error) {
                refusal = error;
              }
              expect(refusal).toBeInstanceOf(DomainError);
              expect((refusal as DomainError).code).toBe(code);
              if (message) expect((refusal as DomainError).message).toMatch(message);
            },
          };
        },
      };
    },
  };
}
