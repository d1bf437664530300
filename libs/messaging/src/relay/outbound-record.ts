import { RecordedEvent } from '@cpp/eventsourcing';
import { OutgoingRecord } from '../bus/integration-bus';
import { CONTRACT_SCHEMA_VERSION } from '../contracts/contracts';
import { createEnvelope, encodeEnvelope } from '../contracts/envelope-codec';
import { ENVELOPE_CONTENT_TYPE, HEADERS } from '../contracts/headers';
import { OutboundMessage } from './outbound-mappers';

/** The event's id is the message id, so a republished event is recognisably the same message. */
export function outboundRecord(topic: string, event: RecordedEvent, message: OutboundMessage): OutgoingRecord {
  const envelope = createEnvelope({
    messageId: event.id,
    agencyId: message.agencyId,
    occurredAt: event.metadata.occurredAt,
    correlationId: event.metadata.correlationId,
    payload: message.payload,
  });
  return {
    topic,
    key: message.agencyId,
    value: encodeEnvelope(envelope),
    headers: {
      [HEADERS.messageId]: event.id,
      [HEADERS.eventType]: event.type,
      [HEADERS.schemaVersion]: String(CONTRACT_SCHEMA_VERSION),
      [HEADERS.contentType]: ENVELOPE_CONTENT_TYPE,
    },
  };
}
