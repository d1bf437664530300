/**
 * The integration contracts as the platform's code sees them: the generated protobuf types
 * (proto/gen, from proto/cpp/integration/v1) and the names of the payloads each direction
 * may carry.
 */
import { Envelope } from '@cpp/contracts/cpp/integration/v1/envelope_pb';

export * from '@cpp/contracts/cpp/integration/v1/envelope_pb';
export * from '@cpp/contracts/cpp/integration/v1/inbound_pb';
export * from '@cpp/contracts/cpp/integration/v1/outbound_pb';
export * from '@cpp/contracts/cpp/integration/v1/funding_pb';

/** The contract revision this code was built against, sent in every envelope it writes (2: the funding contracts). */
export const CONTRACT_SCHEMA_VERSION = 2;

export const INBOUND_CASES = ['progressReported', 'reportSubmitted', 'correctiveActionReported', 'taskAcknowledged', 'treasuryPaymentConfirmed'] as const;
export const OUTBOUND_CASES = [
  'taskAssigned',
  'deadlineApproaching',
  'obligationOverdue',
  'recommendationIssued',
  'inspectionConcluded',
  'agencyMerged',
  'budgetAllocationPublished',
] as const;

export type InboundCase = (typeof INBOUND_CASES)[number];
export type OutboundCase = (typeof OUTBOUND_CASES)[number];
export type PayloadCase = NonNullable<Envelope['payload']['case']>;

/** The oneof member of a case, e.g. `{ case: 'taskAcknowledged', value: TaskAcknowledged }`. */
export type PayloadOf<C extends PayloadCase> = Extract<Envelope['payload'], { case: C }>;
export type InboundPayload = PayloadOf<InboundCase>;
export type OutboundPayload = PayloadOf<OutboundCase>;

export function isInboundCase(value: unknown): value is InboundCase {
  return (INBOUND_CASES as readonly unknown[]).includes(value);
}

// Both lists must name every payload of the envelope exactly once: a payload added to the
// .proto without being sorted into a direction fails to compile here.
type Unsorted = Exclude<PayloadCase, InboundCase | OutboundCase>;
const everyPayloadHasADirection: [Unsorted] extends [never] ? true : Unsorted = true;
void everyPayloadHasADirection;
