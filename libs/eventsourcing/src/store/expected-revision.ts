/**
 * What the writer believes about the stream: that it does not exist, that it exists at an
 * exact revision, that it exists at all, or nothing.
 */
export type ExpectedRevision = number | 'no_stream' | 'stream_exists' | 'any';

export function describeExpected(expected: ExpectedRevision): string {
  return typeof expected === 'number' ? `revision ${expected}` : expected;
}
