import { ID, opened, spec, submitted, superseded } from './testing/obligation-fixtures';

describe('closing (following directives and tasks)', () => {
  it('given an open obligation, when its directive is superseded, then ObligationClosed', () =>
    spec
      .given([opened])
      .when({ type: 'CloseObligation', obligationId: ID, outcome: 'superseded', effectiveFrom: '2021-05-01', reason: 'superseded by kh-2' })
      .then([superseded]));
  it('given a submitted obligation, when its directive is revoked, then it stays submitted', () =>
    spec
      .given([opened, submitted('2021-05-29', 'on-time')])
      .when({ type: 'CloseObligation', obligationId: ID, outcome: 'cancelled', effectiveFrom: '2021-06-01', reason: 'revoked' })
      .then([]));
});
