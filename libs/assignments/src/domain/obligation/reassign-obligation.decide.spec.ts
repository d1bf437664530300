import { opened, reassign, reassigned, spec, submitted } from './testing/obligation-fixtures';

describe('handing over to a successor', () => {
  it('given an open obligation, when its agency is merged, then ObligationReassigned keeping the original assignee in the event', () =>
    spec.given([opened]).when(reassign()).then([reassigned]));
  it('given a reassigned obligation, when the hand-over is repeated, then nothing', () => spec.given([opened, reassigned]).when(reassign()).then([]));
  it('given a submitted obligation, when its agency is merged, then it stays where it was answered', () =>
    spec
      .given([opened, submitted('2021-05-29', 'on-time')])
      .when(reassign())
      .then([]));
  it('given nothing, when handed over, then nothing', () => spec.given([]).when(reassign()).then([]));
});
