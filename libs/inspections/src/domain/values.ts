import { invalid } from '@cpp/eventsourcing';

/**
 * What the inspection's forms hold, checked the same way in every decision: text that says
 * something, a word from the vocabulary, a file by its hash, a list without repeats.
 */
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Trimmed text that says something, within a length a form can hold. */
export function requireText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (!text) throw invalid(`${field} must not be empty`, { field });
  if (text.length > max) throw invalid(`${field} is longer than ${max} characters`, { field });
  return text;
}

/** Trimmed text, or null when blank: for what a document may leave out. */
export function optionalText(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function requireOneOf<T extends string>(value: T, allowed: readonly T[], field: string): void {
  if (!allowed.includes(value)) throw invalid(`${field} "${value}" is not one of: ${allowed.join(', ')}`, { field });
}

export function requireContentHash(value: string, field: string): string {
  const hash = value.trim().toLowerCase();
  if (!SHA256_HEX.test(hash)) throw invalid(`${field} must be the file's SHA-256 in hex (64 characters)`, { field });
  return hash;
}

export function requireDistinct(values: string[], field: string): void {
  if (new Set(values).size !== values.length) throw invalid(`${field} names the same id twice`, { field });
}
