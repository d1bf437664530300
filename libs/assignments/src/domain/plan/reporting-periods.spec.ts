import { horizonFor, periodsDue } from './reporting-periods';
import { annual, sixMonthly } from './testing/plan-fixtures';

describe('reporting periods', () => {
  it('six-monthly: the mid-year report, due on its day of each year in the active range', () => {
    expect(periodsDue(sixMonthly, { after: null, through: '2022-12-31' })).toEqual([
      { period: { label: '2021-H1', year: 2021 }, dueDate: '2021-06-30' },
      { period: { label: '2022-H1', year: 2022 }, dueDate: '2022-06-30' },
    ]);
  });

  it('annual: due on its day of the period’s own year; nothing after the regime ends', () => {
    expect(periodsDue(annual, { after: null, through: '2030-12-31' }).map((p) => `${p.period.label}@${p.dueDate}`)).toEqual([
      '2021@2021-11-30',
      '2022@2022-11-30',
      '2023@2023-11-30',
      '2024@2024-11-30',
      '2025@2025-11-30',
    ]);
  });

  it('monthly: the given day of the month after the reported month (Sơn Dương: before the 12th)', () => {
    const monthly = { frequency: 'monthly' as const, deadline: { month: null, day: 12 }, activeFrom: '2024-03-18', activeUntil: '2024-06-30' };
    expect(periodsDue(monthly, { after: null, through: '2030-12-31' })).toEqual([
      { period: { label: '2024-03', year: 2024 }, dueDate: '2024-04-12' },
      { period: { label: '2024-04', year: 2024 }, dueDate: '2024-05-12' },
      { period: { label: '2024-05', year: 2024 }, dueDate: '2024-06-12' },
    ]);
  });

  it('monthly: December is due in January of the next year (active dates bound due dates), and a short month pulls the day back', () => {
    const monthly = { frequency: 'monthly' as const, deadline: { month: null, day: 31 }, activeFrom: '2024-01-01', activeUntil: null };
    expect(periodsDue(monthly, { after: null, through: '2024-03-31' })).toEqual([
      { period: { label: '2023-12', year: 2023 }, dueDate: '2024-01-31' },
      { period: { label: '2024-01', year: 2024 }, dueDate: '2024-02-29' },
      { period: { label: '2024-02', year: 2024 }, dueDate: '2024-03-31' },
    ]);
  });

  it('a window that starts after the last horizon yields only the new periods', () => {
    expect(periodsDue({ ...annual, activeUntil: null }, { after: '2022-12-31', through: '2023-12-31' })).toEqual([
      { period: { label: '2023', year: 2023 }, dueDate: '2023-11-30' },
    ]);
  });

  it('ad-hoc regimes have no periods of their own', () => {
    expect(periodsDue({ ...annual, frequency: 'ad-hoc', deadline: null }, { after: null, through: '2030-12-31' })).toEqual([]);
  });

  it('the horizon of an open-ended regime is the end of the year after today', () => {
    expect(horizonFor('2021-03-01')).toBe('2022-12-31');
  });
});
