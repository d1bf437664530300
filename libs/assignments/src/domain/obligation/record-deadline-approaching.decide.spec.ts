import { ObligationCommand } from './commands';
import { ObligationEvent } from './events';
import { ID, opened, spec } from './testing/obligation-fixtures';

describe('the deadline monitor: an approaching deadline', () => {
  const approaching = (today: string): ObligationCommand => ({ type: 'RecordDeadlineApproaching', obligationId: ID, today, windowDays: 7 });
  const approached: ObligationEvent = {
    type: 'DeadlineApproaching',
    data: { obligationId: ID, assigneeAgencyId: 'so-y-te-soc-trang', dueDate: '2021-06-30', daysLeft: 7, noticedOn: '2021-06-23' },
  };
  it('given an open obligation, when it enters the due-soon window, then DeadlineApproaching', () =>
    spec.given([opened]).when(approaching('2021-06-23')).then([approached]));
  it('given an open obligation, when still outside the window, then nothing', () => spec.given([opened]).when(approaching('2021-06-22')).then([]));
  it('given an announced approach, when checked again, then nothing', () => spec.given([opened, approached]).when(approaching('2021-06-25')).then([]));
  it('given an open obligation past due, when checked for approach, then nothing', () => spec.given([opened]).when(approaching('2021-07-01')).then([]));
});
