import { RecordedEvent } from '../events/recorded-event';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../store/errors';
import { findEarlierAppend, pinExpectation } from './retry-safe-append';

const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003'];
const stream = (...eventIds: string[]): RecordedEvent[] => eventIds.map((id, revision) => ({ id, revision }) as RecordedEvent);

describe('findEarlierAppend', () => {
  it('finds nothing when no id is in the stream', () => {
    expect(findEarlierAppend(stream(ids[0]), [ids[1], ids[2]], 's')).toBeUndefined();
    expect(findEarlierAppend([], [ids[0]], 's')).toBeUndefined();
  });

  it('finds an identical earlier append, wherever it sits in the stream', () => {
    const found = findEarlierAppend(stream(ids[0], ids[1], ids[2]), [ids[1], ids[2]], 's');
    expect(found?.map((event) => event.revision)).toEqual([1, 2]);
  });

  it.each([
    ['only some ids are there', stream(ids[0]), [ids[1], ids[0]]],
    ['the ids are there in another order', stream(ids[1], ids[0]), [ids[0], ids[1]]],
    ['the ids are not one after another', stream(ids[0], ids[2], ids[1]), [ids[0], ids[1]]],
  ])('refuses a reused id when %s', (_label, events, wanted) => {
    expect(() => findEarlierAppend(events, wanted, 's')).toThrow(DuplicateEventIdError);
  });
});

describe('pinExpectation', () => {
  it.each([
    ['any', 'no_stream', 'no_stream'],
    ['any', 4, 4],
    ['stream_exists', 4, 4],
    ['no_stream', 'no_stream', 'no_stream'],
    [4, 4, 4],
  ] as const)('%s on a stream at %s writes expecting %s', (expected, current, pinned) => {
    expect(pinExpectation('s', expected, current)).toBe(pinned);
  });

  it.each([
    ['stream_exists', 'no_stream'],
    ['no_stream', 0],
    [3, 4],
    [0, 'no_stream'],
  ] as const)('%s on a stream at %s is refused', (expected, current) => {
    const refusal = (() => {
      try {
        pinExpectation('s', expected, current);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(WrongExpectedRevisionError);
    expect(refusal).toMatchObject({ expected, actual: current });
  });
});
