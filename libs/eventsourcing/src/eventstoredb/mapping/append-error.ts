import { CurrentRevision, MaxAppendSizeExceededError, NO_STREAM, WrongExpectedVersionError } from '@eventstore/db-client';
import { InvalidAppendError, WrongExpectedRevisionError } from '../../store/errors';
import { ExpectedRevision } from '../../store/expected-revision';

/**
 * The client's refusals as the port's typed errors; anything else is an infrastructure
 * failure and passes through. The error keeps the caller's expectation, not the one the
 * adapter may have sent in its place (see retry-safe-append.ts).
 */
export function toStoreError(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
  if (error instanceof WrongExpectedVersionError) return new WrongExpectedRevisionError(streamId, expected, toActualRevision(error.actualVersion));
  // The server caps one append's total size (MaxAppendSize, 1 MiB by default): bad input, like an oversized event.
  if (error instanceof MaxAppendSizeExceededError)
    return new InvalidAppendError(`The append to ${streamId} is larger than the server's limit of ${error.maxAppendSize} bytes`);
  return error;
}

export function toActualRevision(current: CurrentRevision): number | 'no_stream' {
  return current === NO_STREAM ? 'no_stream' : Number(current);
}
