import { amend, amended, recorded, spec, superseded } from './testing/plan-fixtures';

describe('recording an amendment', () => {
  it('given a recorded plan, when amended, then DirectivePlanAmended', () => spec.given([recorded]).when(amend()).then([amended]));
  it('given an amendment taken, when the same amendment comes again, then nothing', () => spec.given([recorded, amended]).when(amend()).then([]));
  it('given nothing, when amended, then NOT_FOUND', () =>
    spec
      .given([])
      .when(amend())
      .thenRefuses('NOT_FOUND', /kh-soc-trang/));
  it('given a superseded plan, when amended, then CONFLICT', () =>
    spec
      .given([recorded, superseded])
      .when(amend('amended-2'))
      .thenRefuses('CONFLICT', /superseded/));
});
