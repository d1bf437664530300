import { create } from '@bufbuild/protobuf';
import { timestampDate } from '@bufbuild/protobuf/wkt';
import { CONTRACT_SCHEMA_VERSION, IndicatorSchema, ReportSubmittedSchema } from './contracts';
import { createEnvelope, decodeEnvelope, encodeEnvelope } from './envelope-codec';

describe('envelope codec', () => {
  it('round-trips an envelope with its payload', () => {
    const envelope = createEnvelope({
      messageId: 'msg-1',
      agencyId: 'so-ldtbxh-son-duong',
      occurredAt: '2024-11-08T02:30:00.000Z',
      correlationId: 'corr-1',
      payload: {
        case: 'reportSubmitted',
        value: create(ReportSubmittedSchema, {
          obligationId: 'obl-annual-2024',
          period: '2024',
          indicators: [create(IndicatorSchema, { code: '1.1', value: 12, unit: 'vụ' }), create(IndicatorSchema, { code: '1.2', value: 37.5, unit: '%' })],
        }),
      },
    });
    const decoded = decodeEnvelope(encodeEnvelope(envelope));
    expect(decoded.messageId).toBe('msg-1');
    expect(decoded.schemaVersion).toBe(CONTRACT_SCHEMA_VERSION);
    expect(timestampDate(decoded.occurredAt!).toISOString()).toBe('2024-11-08T02:30:00.000Z');
    expect(decoded.payload.case).toBe('reportSubmitted');
    expect(decoded.payload.case === 'reportSubmitted' && decoded.payload.value.indicators.map((i) => [i.code, i.value, i.unit])).toEqual([
      ['1.1', 12, 'vụ'],
      ['1.2', 37.5, '%'],
    ]);
  });

  it('refuses bytes that are not protobuf', () => {
    expect(() => decodeEnvelope(Buffer.from('{"messageId":"json is not the contract"}'))).toThrow();
  });
});
