import { actionReported, fulfil, fulfilled, recommendation, spec } from './testing/obligation-fixtures';

describe('fulfilling (a task completed, a recommendation closed)', () => {
  it('given a reported recommendation, when it is closed, then ObligationFulfilled (done, late)', () =>
    spec.given([recommendation, actionReported]).when(fulfil).then([fulfilled]));
  it('given a done obligation, when fulfilled again, then nothing', () => spec.given([recommendation, actionReported, fulfilled]).when(fulfil).then([]));
});
