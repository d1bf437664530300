import { AllStreamRecordedEvent } from '@eventstore/db-client';
import { CommandContext } from '../events/command-context';
import { toStoredMetadata } from './mapping/event-metadata';
import { isSystemEvent, toRecordedEvent } from './mapping/recorded-event';

const context: CommandContext = { actor: 'user:lan', agency: null, correlationId: 'corr-1', causationId: null };

function serverEvent(overrides: Partial<AllStreamRecordedEvent> = {}): AllStreamRecordedEvent {
  return {
    streamId: 'directive-1',
    id: 'a0b1c2d3-e4f5-4a6b-8c7d-8e9fa0b1c2d3',
    revision: 4n,
    type: 'DirectiveIssued',
    data: { title: 'Rà soát' },
    metadata: JSON.parse(JSON.stringify(toStoredMetadata(context, '2020-08-04T00:00:00.000Z', 2))),
    isJson: true,
    created: new Date('2024-05-06T07:08:09.123Z'),
    position: { commit: 5120n, prepare: 5120n },
    ...overrides,
  } as AllStreamRecordedEvent;
}

describe('server event -> RecordedEvent', () => {
  it('maps every field; the global position is the commit position', () => {
    expect(toRecordedEvent(serverEvent())).toEqual({
      id: 'a0b1c2d3-e4f5-4a6b-8c7d-8e9fa0b1c2d3',
      type: 'DirectiveIssued',
      schemaVersion: 2,
      data: { title: 'Rà soát' },
      streamId: 'directive-1',
      revision: 4,
      globalPosition: 5120,
      checkpoint: { transactionId: 5120, position: 5120 },
      metadata: {
        occurredAt: '2020-08-04T00:00:00.000Z',
        recordedAt: '2024-05-06T07:08:09.123Z',
        actor: 'user:lan',
        agency: null,
        correlationId: 'corr-1',
        causationId: null,
      },
    });
  });

  it('refuses an event without a log position (a server older than 22.6)', () => {
    expect(() => toRecordedEvent(serverEvent({ position: undefined }))).toThrow(/22\.6/);
  });
});

describe('system events', () => {
  it.each([
    ['$metadata', '$$directive-1'],
    ['$statsCollected', '$stats-127.0.0.1:2113'],
    ['$>', '$ce-directive'],
    ['Result', '$projections-x-result'],
    ['$settings', 'directive-1'],
  ])('%s in %s belongs to the server', (type, streamId) => {
    expect(isSystemEvent({ type, streamId })).toBe(true);
  });

  it('an event of ours is not', () => {
    expect(isSystemEvent({ type: 'DirectiveIssued', streamId: 'directive-1' })).toBe(false);
  });
});
