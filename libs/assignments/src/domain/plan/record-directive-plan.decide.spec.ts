import { record, recorded, spec } from './testing/plan-fixtures';

describe('recording a directive plan', () => {
  it('given nothing, when a directive is recorded, then DirectivePlanRecorded', () => spec.given([]).when(record).then([recorded]));
  it('given a recorded plan, when recorded again (a redelivered DirectiveIssued), then nothing', () => spec.given([recorded]).when(record).then([]));
});
