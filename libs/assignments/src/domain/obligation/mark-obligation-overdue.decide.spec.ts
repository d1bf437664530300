import { ObligationEvent } from './events';
import { extended, markOverdue, opened, overdue, spec, submitted } from './testing/obligation-fixtures';

describe('the deadline monitor: a missed deadline', () => {
  it('given an open obligation, when checked on its due date, then nothing (not yet overdue)', () =>
    spec.given([opened]).when(markOverdue('2021-06-30')).then([]));
  it('given an open obligation, when checked the day after, then ObligationOverdue', () =>
    spec.given([opened]).when(markOverdue('2021-07-01')).then([overdue()]));
  it('given a recorded miss, when checked again, then nothing: once per missed deadline', () =>
    spec.given([opened, overdue()]).when(markOverdue('2021-07-09')).then([]));
  it('given a recorded miss and then an extension, when the new deadline passes too, then a second ObligationOverdue', () =>
    spec
      .given([opened, overdue(), { ...extended, data: { ...extended.data, extendedOn: '2021-07-02' } } as ObligationEvent])
      .when(markOverdue('2021-07-16'))
      .then([overdue('2021-07-15', '2021-07-16')]));
  it('given a submitted obligation, when checked after the due date, then nothing', () =>
    spec
      .given([opened, submitted('2021-06-29', 'on-time')])
      .when(markOverdue('2021-07-01'))
      .then([]));
  it('given nothing, when checked, then NOT_FOUND', () => spec.given([]).when(markOverdue('2021-07-01')).thenRefuses('NOT_FOUND'));
});
