import { opened, report, spec } from './testing/obligation-fixtures';

describe('opening an obligation (by the process manager)', () => {
  it('given nothing, when opened, then ObligationOpened', () =>
    spec.given([]).when({ type: 'OpenObligation', spec: report, openedOn: '2021-01-15' }).then([opened]));
  it('given an opened obligation, when opened again (a redelivered cause), then nothing happens', () =>
    spec.given([opened]).when({ type: 'OpenObligation', spec: report, openedOn: '2021-01-15' }).then([]));
  it('given nothing, when the due date is not a calendar date, then BAD_USER_INPUT', () =>
    spec
      .given([])
      .when({ type: 'OpenObligation', spec: { ...report, dueDate: '2021-02-30' }, openedOn: '2021-01-15' })
      .thenRefuses('BAD_USER_INPUT', /YYYY-MM-DD/));
});
