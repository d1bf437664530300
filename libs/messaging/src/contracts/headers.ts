/** Kafka record headers the platform reads and writes beside the protobuf envelope. */
export const HEADERS = {
  /** The sending system's identity, set by the agency's gateway (Kafka ACLs keep it honest). */
  sender: 'x-sender',
  /** The envelope's message id, so consumers can de-duplicate without decoding. */
  messageId: 'x-message-id',
  /** The domain event type a relayed message reports. */
  eventType: 'x-event-type',
  schemaVersion: 'x-schema-version',
  contentType: 'content-type',
  deadLetterReason: 'x-dlq-reason',
  deadLetterReasonCode: 'x-dlq-reason-code',
  deadLetterOriginalTopic: 'x-dlq-original-topic',
  deadLetterOriginalPartition: 'x-dlq-original-partition',
  deadLetterOriginalOffset: 'x-dlq-original-offset',
  deadLetterConsumerGroup: 'x-dlq-consumer-group',
  deadLetterFailedAt: 'x-dlq-failed-at',
} as const;

export const ENVELOPE_CONTENT_TYPE = 'application/x-protobuf; messageType=cpp.integration.v1.Envelope';

/** Where an inbound topic's rejected messages go. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}
