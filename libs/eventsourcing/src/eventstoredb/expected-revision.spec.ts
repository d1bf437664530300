import { ANY, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import { toAppendExpectedRevision } from './mapping/expected-revision';

describe('expected revision -> the client', () => {
  it.each([
    ['no_stream', NO_STREAM],
    ['any', ANY],
    ['stream_exists', STREAM_EXISTS],
  ] as const)('%s', (ours, theirs) => {
    expect(toAppendExpectedRevision(ours)).toBe(theirs);
  });

  it('an exact revision becomes a bigint', () => {
    expect(toAppendExpectedRevision(0)).toBe(0n);
    expect(toAppendExpectedRevision(41)).toBe(41n);
  });
});
