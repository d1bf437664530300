import { ANY, AppendExpectedRevision, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import { ExpectedRevision } from '../../store/expected-revision';

export function toAppendExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'any':
      return ANY;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}
