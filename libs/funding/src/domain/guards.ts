import { invalid, requireIdentifier } from '@cpp/eventsourcing';

export function requireText(value: string | null | undefined, field: string, max = 500): string {
  const text = (value ?? '').trim();
  if (!text) throw invalid(`${field} is required`, { field });
  if (text.length > max) throw invalid(`${field} is longer than ${max} characters`, { field });
  return text;
}

export function optionalText(value: string | null | undefined, field: string, max = 500): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  if (text.length > max) throw invalid(`${field} is longer than ${max} characters`, { field });
  return text;
}

export function requireOneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw invalid(`${field} must be one of ${allowed.join(', ')}, got "${value}"`, { field });
  return value as T;
}

export const requireId = (value: string, field: string): string => requireIdentifier(value, field);
