import { IncomingRecord, OutgoingRecord } from '../bus/integration-bus';
import { deadLetterTopicOf, HEADERS } from '../contracts/headers';
import { MessageRejectedError } from './rejection';

/**
 * The record as it arrived (value, key and headers untouched, so it can be replayed once
 * fixed) plus why and where it failed.
 */
export function deadLetterRecord(record: IncomingRecord, rejection: MessageRejectedError, groupId: string, failedAt: Date): OutgoingRecord {
  return {
    topic: deadLetterTopicOf(record.topic),
    key: record.key?.toString('utf8') ?? '',
    value: record.value ?? Buffer.alloc(0),
    headers: {
      ...record.headers,
      [HEADERS.deadLetterReason]: rejection.reason,
      [HEADERS.deadLetterReasonCode]: rejection.code,
      [HEADERS.deadLetterOriginalTopic]: record.topic,
      [HEADERS.deadLetterOriginalPartition]: String(record.partition),
      [HEADERS.deadLetterOriginalOffset]: record.offset,
      [HEADERS.deadLetterConsumerGroup]: groupId,
      [HEADERS.deadLetterFailedAt]: failedAt.toISOString(),
    },
  };
}
