import { ObligationEvent } from './events';
import { committee, extended, figures, officer, opened, otherOfficer, reassigned, spec, submit, submitted, superseded } from './testing/obligation-fixtures';

describe('submitting a report', () => {
  it('given an open obligation, when its agency submits by the due date, then on time', () =>
    spec
      .given([opened])
      .when(submit('2021-06-30'))
      .then([submitted('2021-06-30', 'on-time')]));
  it('given an open obligation, when its agency submits after the due date, then late (against the original deadline too)', () =>
    spec
      .given([opened])
      .when(submit('2021-07-02'))
      .then([submitted('2021-07-02', 'late')]));
  it('given a submitted obligation, when submitted again, then a resubmission', () =>
    spec
      .given([opened, submitted('2021-06-29', 'on-time')])
      .when(submit('2021-07-05'))
      .then([submitted('2021-07-05', 'resubmission', 2)]));
  it('given an extended deadline, when submitted after the original but by the new one, then on time and late against the original', () =>
    spec
      .given([opened, extended])
      .when(submit('2021-07-10'))
      .then([submitted('2021-07-10', 'on-time', 1, '2021-07-15', true)]));
  it('given an open obligation, when the steering committee submits on the agency’s behalf, then it is recorded for the agency', () =>
    spec
      .given([opened])
      .when(submit('2021-06-01', committee))
      .then([submitted('2021-06-01', 'on-time')]));
  it('given an open obligation, when another agency submits it, then FORBIDDEN', () =>
    spec
      .given([opened])
      .when(submit('2021-06-01', otherOfficer))
      .thenRefuses('FORBIDDEN', /owed by so-y-te-soc-trang/));
  it('given an open obligation, when the steering committee records a paper report received earlier, then it is judged on the day it was received', () =>
    spec
      .given([opened])
      .when(submit('2021-06-28', committee, { today: '2021-07-10' }))
      .then([submitted('2021-06-28', 'on-time')]));
  it('given an open obligation, when its own agency backdates a submission, then FORBIDDEN', () =>
    spec
      .given([opened])
      .when(submit('2021-06-28', officer, { today: '2021-07-10' }))
      .thenRefuses('FORBIDDEN', /received on paper before today/));
  it('given an open obligation, when a submission is dated in the future, then BAD_USER_INPUT', () =>
    spec
      .given([opened])
      .when(submit('2021-07-11', committee, { today: '2021-07-10' }))
      .thenRefuses('BAD_USER_INPUT', /after today/));
  it('given nothing, when submitted, then NOT_FOUND', () =>
    spec
      .given([])
      .when(submit('2021-06-01'))
      .thenRefuses('NOT_FOUND', /No obligation/));
  it('given a superseded obligation, when submitted, then CONFLICT', () =>
    spec
      .given([opened, superseded])
      .when(submit('2021-06-01'))
      .thenRefuses('CONFLICT', /superseded/));
  it('given an open obligation, when neither figures nor a note are given, then BAD_USER_INPUT', () =>
    spec
      .given([opened])
      .when(submit('2021-06-01', officer, { figures: [], note: '  ' }))
      .thenRefuses('BAD_USER_INPUT', /figures or a note/));
  it('given an open obligation, when a figure code appears twice, then BAD_USER_INPUT', () =>
    spec
      .given([opened])
      .when(submit('2021-06-01', officer, { figures: [...figures, ...figures] }))
      .thenRefuses('BAD_USER_INPUT', /twice/));
  it('given an open obligation, when a figure has no unit, then BAD_USER_INPUT', () =>
    spec
      .given([opened])
      .when(submit('2021-06-01', officer, { figures: [{ code: 'TE-01', value: 1, unit: ' ' }] }))
      .thenRefuses('BAD_USER_INPUT', /unit/));
  it('given a task’s deadline, when a report is submitted for it, then BAD_USER_INPUT (tasks are completed)', () =>
    spec
      .given([{ type: 'ObligationOpened', data: { ...opened.data, kind: 'task' } } as ObligationEvent])
      .when(submit('2021-06-01'))
      .thenRefuses('BAD_USER_INPUT', /completing the task/));
  it('given a recommendation, when a report is submitted for it, then BAD_USER_INPUT (corrective actions go to the inspection)', () =>
    spec
      .given([{ type: 'ObligationOpened', data: { ...opened.data, kind: 'recommendation' } } as ObligationEvent])
      .when(submit('2021-06-01'))
      .thenRefuses('BAD_USER_INPUT', /inspection/));

  describe('after a hand-over to a successor', () => {
    it('given a reassigned obligation, when the successor submits, then it is recorded for the successor', () =>
      spec
        .given([opened, reassigned])
        .when(submit('2021-06-20', { subject: null, agencyId: 'so-y-te-dan-so', roles: ['agency-officer'] }))
        .then([
          { ...submitted('2021-06-20', 'on-time'), data: { ...submitted('2021-06-20', 'on-time').data, agencyId: 'so-y-te-dan-so' } } as ObligationEvent,
        ]));
    it('given a reassigned obligation, when the predecessor’s officer submits, then FORBIDDEN', () =>
      spec.given([opened, reassigned]).when(submit('2021-06-20')).thenRefuses('FORBIDDEN'));
  });
});
