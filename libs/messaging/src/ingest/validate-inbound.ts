import { acceptInput, DomainError, isLocalDate } from '@cpp/eventsourcing';
import { timestampDate } from '@bufbuild/protobuf/wkt';
import {
  CorrectiveActionReported,
  DisbursementKind,
  Envelope,
  InboundCase,
  InboundPayload,
  isInboundCase,
  ProgressReported,
  ReportSubmitted,
  TaskAcknowledged,
  TreasuryPaymentConfirmed,
} from '../contracts/contracts';
import { MessageRejectedError } from './rejection';

/** Platform ids (a delegated task's has `>`: parent>agency) and agencies' message ids: printable, no spaces, bounded. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._:/>-]{0,127}$/;
/** Agency clocks drift; a fact dated further ahead than this is a bug at the source. */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export interface ValidInbound {
  envelope: Envelope;
  payload: InboundPayload;
  occurredAt: Date;
}

/**
 * Checks what the protobuf types cannot say; throws a rejection listing every problem. The
 * envelope first crosses the same boundary as a GraphQL argument (no control characters or
 * lone surrogates, texts in NFC, the same length, list and depth limits): the envelope
 * answered is the normalised one.
 */
export function validateInbound(received: Envelope, now: Date): ValidInbound {
  const envelope = acceptEnvelope(received);
  const payload = envelope.payload;
  if (payload.case !== undefined && !isInboundCase(payload.case)) {
    throw new MessageRejectedError('unsupported-payload', `${payload.case} is published by the platform, not accepted from agencies`);
  }
  const problems: string[] = [];
  id(problems, 'messageId', envelope.messageId);
  id(problems, 'agencyId', envelope.agencyId);
  if (envelope.correlationId.length > 200) problems.push('correlationId is longer than 200 characters');
  if (envelope.schemaVersion < 1) problems.push('schemaVersion must be 1 or more');
  const occurredAt = envelope.occurredAt ? timestampDate(envelope.occurredAt) : undefined;
  if (!occurredAt || Number.isNaN(occurredAt.getTime())) problems.push('occurredAt is required');
  else if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) problems.push(`occurredAt ${occurredAt.toISOString()} is in the future`);
  if (payload.case === undefined) problems.push('the envelope carries no payload');
  else problems.push(...PAYLOAD_RULES[payload.case](payload.value as never).map((problem) => `${payload.case}.${problem}`));
  if (problems.length > 0) throw new MessageRejectedError('invalid', problems.join('; '));
  return { envelope, payload: payload as InboundPayload, occurredAt: occurredAt! };
}

const PAYLOAD_RULES: { [C in InboundCase]: (value: Extract<InboundPayload, { case: C }>['value']) => string[] } = {
  progressReported: (value: ProgressReported) => {
    const problems = id([], 'taskId', value.taskId);
    if (value.percentComplete > 100) problems.push(`percentComplete must be between 0 and 100, got ${value.percentComplete}`);
    return problems;
  },
  reportSubmitted: (value: ReportSubmitted) => {
    const problems = id([], 'obligationId', value.obligationId);
    id(problems, 'period', value.period);
    if (value.documentNumber.length > 200) problems.push('documentNumber is longer than 200 characters');
    const codes = new Set<string>();
    value.indicators.forEach((indicator, index) => {
      if (!/^[\p{L}\p{N}][\p{L}\p{N}._\-/]{0,63}$/u.test(indicator.code))
        problems.push(`indicators[${index}].code must be a code of up to 64 letters, digits and . _ - /`);
      else if (codes.has(indicator.code)) problems.push(`indicators[${index}].code ${indicator.code} appears twice`);
      codes.add(indicator.code);
      if (!Number.isFinite(indicator.value)) problems.push(`indicators[${index}].value must be a finite number`);
      if (indicator.unit.length > 32) problems.push(`indicators[${index}].unit is longer than 32 characters`);
    });
    return problems;
  },
  correctiveActionReported: (value: CorrectiveActionReported) => {
    const problems = id([], 'recommendationId', value.recommendationId);
    if (value.action.trim() === '') problems.push('action is required');
    if (!isLocalDate(value.completedOn)) problems.push(`completedOn must be a date YYYY-MM-DD, got "${value.completedOn}"`);
    return problems;
  },
  taskAcknowledged: (value: TaskAcknowledged) => id([], 'taskId', value.taskId),
  treasuryPaymentConfirmed: (value: TreasuryPaymentConfirmed) => {
    const problems = id([], 'lineId', value.lineId);
    if (value.kind === DisbursementKind.UNSPECIFIED) problems.push('kind must be PAYMENT or ADVANCE');
    if (!/^[0-9]{1,16}$/.test(value.amountVnd)) problems.push(`amountVnd must be whole đồng in decimal digits, got "${value.amountVnd.slice(0, 40)}"`);
    if (value.treasuryReference.trim() === '' || value.treasuryReference.length > 100) problems.push('treasuryReference is required, up to 100 characters');
    if (!isLocalDate(value.confirmedOn)) problems.push(`confirmedOn must be a date YYYY-MM-DD, got "${value.confirmedOn}"`);
    return problems;
  },
};

function acceptEnvelope(envelope: Envelope): Envelope {
  try {
    return acceptInput(envelope, '');
  } catch (error) {
    if (error instanceof DomainError) throw new MessageRejectedError('invalid', error.message);
    throw error;
  }
}

function id(problems: string[], field: string, value: string): string[] {
  if (value === '') problems.push(`${field} is required`);
  else if (!ID.test(value)) problems.push(`${field} "${value.slice(0, 140)}" is not a valid identifier`);
  return problems;
}
