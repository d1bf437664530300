import { create } from '@bufbuild/protobuf';
import { randomUUID } from 'node:crypto';
import { OutgoingRecord } from '../bus/integration-bus';
import { Envelope, PayloadCase, PayloadOf, ProgressReportedSchema, TaskAcknowledgedSchema } from '../contracts/contracts';
import { createEnvelope, encodeEnvelope } from '../contracts/envelope-codec';
import { HEADERS } from '../contracts/headers';

/** Test messages as an agency system would send them. */
export function inboundEnvelope<C extends PayloadCase>(
  payload: PayloadOf<C>,
  fields: Partial<Pick<Envelope, 'messageId' | 'agencyId' | 'correlationId'>> = {},
): Envelope {
  return createEnvelope({
    messageId: fields.messageId ?? randomUUID(),
    agencyId: fields.agencyId ?? 'so-ldtbxh-tuyen-quang',
    occurredAt: '2024-05-10T03:00:00Z',
    correlationId: fields.correlationId ?? '',
    payload,
  });
}

export function progressReported(taskId: string, percentComplete = 50): PayloadOf<'progressReported'> {
  return {
    case: 'progressReported',
    value: create(ProgressReportedSchema, { taskId, percentComplete, summary: 'Tổ chức 3 lớp tập huấn kỹ năng phòng chống xâm hại' }),
  };
}

export function taskAcknowledged(taskId: string): PayloadOf<'taskAcknowledged'> {
  return { case: 'taskAcknowledged', value: create(TaskAcknowledgedSchema, { taskId }) };
}

export function inboundRecord(topic: string, envelope: Envelope, sender = 'tuyen-quang-gateway', key = envelope.agencyId): OutgoingRecord {
  return { topic, key, value: encodeEnvelope(envelope), headers: { [HEADERS.sender]: sender } };
}
