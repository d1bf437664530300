import { CommandContext } from '../events/command-context';
import { toEventData } from './mapping/event-data';
import { fromStoredMetadata, toStoredMetadata } from './mapping/event-metadata';

const context: CommandContext = { actor: 'user:lan', agency: 'agency:so-y-te', correlationId: 'corr-1', causationId: 'cause-1' };

describe('event metadata <-> the custom metadata JSON', () => {
  it('round-trips every field', () => {
    const stored = JSON.parse(JSON.stringify(toStoredMetadata(context, '2020-08-04T00:00:00.000Z', 2)));
    expect(fromStoredMetadata(stored, '2024-01-01T00:00:00.000Z')).toEqual({
      metadata: {
        occurredAt: '2020-08-04T00:00:00.000Z',
        recordedAt: '2024-01-01T00:00:00.000Z',
        actor: 'user:lan',
        agency: 'agency:so-y-te',
        correlationId: 'corr-1',
        causationId: 'cause-1',
      },
      schemaVersion: 2,
    });
  });

  it("stores correlation and causation under the server's own $-names", () => {
    expect(toStoredMetadata(context, '2020-08-04T00:00:00.000Z', 1)).toMatchObject({ $correlationId: 'corr-1', $causationId: 'cause-1' });
  });

  it.each([undefined, new Uint8Array([1, 2]), 'text', [1, 2], { schemaVersion: 0 }])('gives neutral values for metadata another tool wrote: %p', (raw) => {
    expect(fromStoredMetadata(raw, '2024-01-01T00:00:00.000Z')).toEqual({
      metadata: {
        occurredAt: '2024-01-01T00:00:00.000Z',
        recordedAt: '2024-01-01T00:00:00.000Z',
        actor: 'unknown',
        agency: null,
        correlationId: '',
        causationId: null,
      },
      schemaVersion: 1,
    });
  });
});

describe('new event -> the client event data', () => {
  it('sends JSON with a lower-case id, the metadata, and occurredAt in UTC', () => {
    const id = 'A0B1C2D3-E4F5-4A6B-8C7D-8E9FA0B1C2D3';
    const data = toEventData(
      { type: 'AgencyRenamed', data: { name: 'Sở Y tế' }, occurredAt: '2020-08-04T07:00:00+07:00', schemaVersion: 3 },
      id,
      context,
      '2024-01-01T00:00:00.000Z',
    );
    expect(data).toEqual({
      id: id.toLowerCase(),
      contentType: 'application/json',
      type: 'AgencyRenamed',
      data: { name: 'Sở Y tế' },
      metadata: toStoredMetadata(context, '2020-08-04T00:00:00.000Z', 3),
    });
  });

  it('defaults occurredAt to now, the schema version to 1 and missing data to null', () => {
    const data = toEventData({ type: 'Ping', data: undefined }, 'a0b1c2d3-e4f5-4a6b-8c7d-8e9fa0b1c2d3', context, '2024-01-01T00:00:00.000Z');
    expect(data).toMatchObject({ data: null, metadata: { occurredAt: '2024-01-01T00:00:00.000Z', schemaVersion: 1 } });
  });
});
