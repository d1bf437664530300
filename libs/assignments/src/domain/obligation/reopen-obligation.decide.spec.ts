import { actionReported, fulfilled, recommendation, reopen, reopened, spec } from './testing/obligation-fixtures';

describe('reopening a recommendation', () => {
  it('given a done recommendation, when reopened, then open again with the new due date', () =>
    spec.given([recommendation, actionReported, fulfilled]).when(reopen).then([reopened]));
  it('given a reopened recommendation, when reopened again, then nothing', () =>
    spec.given([recommendation, actionReported, fulfilled, reopened]).when(reopen).then([]));
});
