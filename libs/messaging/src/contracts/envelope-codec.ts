import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { CONTRACT_SCHEMA_VERSION, Envelope, EnvelopeSchema, PayloadOf, PayloadCase } from './contracts';

export function encodeEnvelope(envelope: Envelope): Uint8Array {
  return toBinary(EnvelopeSchema, envelope);
}

/** Throws when the bytes are not a protobuf Envelope (wrong wire types, truncated data). */
export function decodeEnvelope(bytes: Uint8Array): Envelope {
  return fromBinary(EnvelopeSchema, bytes);
}

export interface EnvelopeFields<C extends PayloadCase> {
  messageId: string;
  agencyId: string;
  occurredAt: Date | string;
  correlationId?: string;
  schemaVersion?: number;
  payload: PayloadOf<C>;
}

export function createEnvelope<C extends PayloadCase>(fields: EnvelopeFields<C>): Envelope {
  return create(EnvelopeSchema, {
    messageId: fields.messageId,
    agencyId: fields.agencyId,
    occurredAt: timestampFromDate(new Date(fields.occurredAt)),
    correlationId: fields.correlationId ?? '',
    schemaVersion: fields.schemaVersion ?? CONTRACT_SCHEMA_VERSION,
    payload: fields.payload,
  });
}
