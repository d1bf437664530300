import { describeExpected, ExpectedRevision } from './expected-revision';

/** Base of the errors the store raises on purpose; anything else is an infrastructure failure. */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

export class WrongExpectedRevisionError extends EventStoreError {
  readonly code = 'WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected ${describeExpected(expected)}, found ${actual === 'no_stream' ? 'no stream' : `revision ${actual}`}`);
  }
}

export class InvalidAppendError extends EventStoreError {
  readonly code = 'INVALID_APPEND';
}

/** The same event id was already written with different content or to another place. */
export class DuplicateEventIdError extends EventStoreError {
  readonly code = 'DUPLICATE_EVENT_ID';
  constructor(
    readonly eventId: string,
    readonly streamId: string,
  ) {
    super(`Event ${eventId} already exists and does not match the append to ${streamId}`);
  }
}
