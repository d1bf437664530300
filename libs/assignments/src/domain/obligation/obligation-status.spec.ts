import { displayStatus } from './obligation-status';

const open = { status: 'open' as const, dueDate: '2021-06-30', submissions: [] };
const submission = (timeliness: 'on-time' | 'late' | 'resubmission') => ({
  submissionNumber: 1,
  agencyId: 'a',
  timeliness,
  submittedOn: '2021-06-30',
  dueDate: '2021-06-30',
  lateAgainstOriginal: false,
  figures: [],
  note: null,
  corrections: [],
  sourceEventId: null,
});

describe('what the steering committee sees', () => {
  it.each([
    ['2021-06-22', 'open'],
    ['2021-06-23', 'due-soon'],
    ['2021-06-30', 'due-soon'],
    ['2021-07-01', 'overdue'],
  ])('an open obligation due 2021-06-30, seen on %s, is %s', (today, status) => {
    expect(displayStatus(open, today)).toBe(status);
  });

  it('a submitted obligation is judged by its first submission, not by resubmissions', () => {
    expect(displayStatus({ status: 'submitted', dueDate: '2021-06-30', submissions: [submission('late'), submission('resubmission')] }, '2021-08-01')).toBe(
      'submitted-late',
    );
    expect(displayStatus({ status: 'submitted', dueDate: '2021-06-30', submissions: [submission('on-time'), submission('resubmission')] }, '2021-08-01')).toBe(
      'submitted-on-time',
    );
  });

  it('done and closed obligations show as such, whatever the date', () => {
    expect(displayStatus({ status: 'done', dueDate: '2021-06-30', submissions: [] }, '2030-01-01')).toBe('done');
    expect(displayStatus({ status: 'superseded', dueDate: '2021-06-30', submissions: [] }, '2030-01-01')).toBe('superseded');
  });
});
