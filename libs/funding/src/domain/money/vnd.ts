import { invalid } from '@cpp/eventsourcing';

/**
 * Money is integer đồng (VND), held as bigint and written as a decimal string in events,
 * messages and GraphQL, so no amount ever passes through a float.
 */
export type Vnd = bigint;

/** Above any one line of any budget (the whole state budget is of the order of 10^15 đồng a year). */
export const MAX_VND: Vnd = 10n ** 15n;

const DIGITS = /^[0-9]+$/;

/** The one amount rule: a whole, positive number of đồng up to MAX_VND, written in digits. */
export function requireVnd(value: string, field: string): Vnd {
  const text = value.trim();
  if (text.startsWith('-')) throw invalid(`${field} must not be negative, got ${text}`, { field });
  if (!DIGITS.test(text)) throw invalid(`${field} must be a whole number of đồng written in digits, got "${text.slice(0, 40)}"`, { field });
  const amount = BigInt(text);
  if (amount === 0n) throw invalid(`${field} must be more than 0 đồng`, { field });
  if (amount > MAX_VND) throw invalid(`${field} ${text} is above the largest amount a line may carry (${MAX_VND} đồng)`, { field });
  return amount;
}

export const vndText = (amount: Vnd): string => amount.toString();

export const sumVnd = (amounts: Vnd[]): Vnd => amounts.reduce((total, amount) => total + amount, 0n);
