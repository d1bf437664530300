import { invalid, isLocalDate } from '@cpp/eventsourcing';

/** Ids are slugs so that they read well in stream names and URLs: `kh-soc-trang-23-ct-ttg`. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

export function requireSlug(value: string, field: string): string {
  if (!SLUG.test(value)) throw invalid(`${field} "${value}" must be lower-case letters, digits and dashes (at most 100)`, { field });
  return value;
}

export function requireText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw invalid(`${field} must not be empty`, { field });
  return text;
}

export function requireDate(value: string, field: string): string {
  if (!isLocalDate(value)) throw invalid(`${field} must be a date written YYYY-MM-DD, got "${value}"`, { field });
  return value;
}

export function optionalDate(value: string | null, field: string): string | null {
  return value === null ? null : requireDate(value, field);
}

/** A change is recorded in the order it takes effect, so a document's history reads as one line. */
export function requireNotBefore(date: string, earliest: string | null, field: string, what: string): void {
  if (earliest !== null && date < earliest) throw invalid(`${field} ${date} is before ${what} (${earliest})`, { field, [field]: date, earliest });
}

export function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

export function requireDistinct(values: string[], what: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw invalid(`${what} ${value} appears twice`);
    seen.add(value);
  }
}
