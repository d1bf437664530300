import { DomainError } from '@cpp/eventsourcing';
import { MAX_VND, requireVnd } from './vnd';

const refusal = (value: string) => {
  try {
    requireVnd(value, 'amount');
  } catch (error) {
    return error as DomainError;
  }
  throw new Error(`${value} was accepted`);
};

describe('an amount of đồng', () => {
  it('is read exactly as a bigint, surrounding spaces aside', () => {
    expect(requireVnd(' 999999999999999 ', 'amount')).toBe(999_999_999_999_999n);
  });

  it('accepts the largest amount and nothing above it', () => {
    expect(requireVnd(MAX_VND.toString(), 'amount')).toBe(MAX_VND);
    expect(refusal((MAX_VND + 1n).toString()).message).toMatch(/above the largest amount/);
  });

  it.each([
    ['-5000', /must not be negative/],
    ['1500.5', /whole number/],
    ['1e9', /whole number/],
    ['', /whole number/],
    ['0', /more than 0/],
  ])('refuses %p as BAD_USER_INPUT', (value, message) => {
    const error = refusal(value);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
  });
});
