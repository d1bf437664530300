import { invalid } from '@cpp/eventsourcing';

/**
 * Changes are recorded in the order they take effect, so that the history of an agency or
 * unit reads as one line of versions and an as-of-date query has one answer.
 */
export function requireNotBefore(effectiveFrom: string, lastChange: string, subject: string): void {
  if (effectiveFrom < lastChange) {
    throw invalid(`${subject} last changed on ${lastChange}; a change effective ${effectiveFrom} would rewrite its history`, { effectiveFrom, lastChange });
  }
}
