import { MaxAppendSizeExceededError, NO_STREAM, UnavailableError, WrongExpectedVersionError } from '@eventstore/db-client';
import { InvalidAppendError, WrongExpectedRevisionError } from '../store/errors';
import { toStoreError } from './mapping/append-error';

describe('client errors -> store errors', () => {
  it('a wrong expected version becomes WrongExpectedRevisionError with the actual revision as a number', () => {
    const error = toStoreError(new WrongExpectedVersionError(undefined, { streamName: 's-1', expected: 3n, current: 7n }), 's-1', 3);
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({ streamId: 's-1', expected: 3, actual: 7 });
  });

  it("a missing stream is reported as 'no_stream'", () => {
    const error = toStoreError(
      new WrongExpectedVersionError(undefined, { streamName: 's-1', expected: 'stream_exists', current: NO_STREAM }),
      's-1',
      'stream_exists',
    );
    expect(error).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
  });

  it("keeps the caller's expectation, not the one sent in its place", () => {
    const error = toStoreError(new WrongExpectedVersionError(undefined, { streamName: 's-1', expected: 4n, current: 5n }), 's-1', 'any');
    expect(error).toMatchObject({ expected: 'any', actual: 5 });
  });

  it("an append over the server's size limit is invalid input", () => {
    const error = toStoreError(MaxAppendSizeExceededError.fromMaxAppendSize(1048576), 's-1', 'any');
    expect(error).toBeInstanceOf(InvalidAppendError);
    expect((error as Error).message).toContain('1048576');
  });

  it('passes infrastructure failures through unchanged', () => {
    const unavailable = new UnavailableError();
    expect(toStoreError(unavailable, 's-1', 'any')).toBe(unavailable);
  });
});
