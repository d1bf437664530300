import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  CorrectiveActionReportedSchema,
  Envelope,
  IndicatorSchema,
  ProgressReportedSchema,
  ReportSubmittedSchema,
  TaskAssignedSchema,
} from '../contracts/contracts';
import { inboundEnvelope, progressReported, taskAcknowledged } from '../testing/sample-messages';
import { MessageRejectedError } from './rejection';
import { validateInbound } from './validate-inbound';

const now = new Date('2024-05-10T04:00:00Z');

function rejection(envelope: Envelope): MessageRejectedError {
  try {
    validateInbound(envelope, now);
  } catch (error) {
    if (error instanceof MessageRejectedError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('validateInbound', () => {
  it('accepts a well-formed message', () => {
    expect(validateInbound(inboundEnvelope(taskAcknowledged('task-1')), now).payload.case).toBe('taskAcknowledged');
  });

  it("accepts a delegated task's id, which names its parent and the agency it was handed to", () => {
    const delegated = 'kh-soc-trang-23-ct-ttg/ii-2-a/so-ldtbxh-soc-trang>ubnd-ke-sach';
    expect(validateInbound(inboundEnvelope(progressReported(delegated)), now).payload.value).toMatchObject({ taskId: delegated });
  });

  it.each([
    ['a missing message id', () => inboundEnvelope(taskAcknowledged('task-1'), { messageId: '' }), 'messageId is required'],
    [
      'an agency id with spaces',
      () => inboundEnvelope(taskAcknowledged('task-1'), { agencyId: 'so ldtbxh' }),
      'agencyId "so ldtbxh" is not a valid identifier',
    ],
    ['a percentage above 100', () => inboundEnvelope(progressReported('task-1', 150)), 'progressReported.percentComplete must be between 0 and 100'],
    ['no payload', () => ({ ...inboundEnvelope(taskAcknowledged('task-1')), payload: { case: undefined } }) as Envelope, 'carries no payload'],
    [
      'a fact dated next week',
      () => ({ ...inboundEnvelope(taskAcknowledged('t')), occurredAt: timestampFromDate(new Date('2024-05-17T00:00:00Z')) }) as Envelope,
      'is in the future',
    ],
    ['schema version 0', () => ({ ...inboundEnvelope(taskAcknowledged('t')), schemaVersion: 0 }) as Envelope, 'schemaVersion must be 1 or more'],
    [
      'an impossible completion date',
      () =>
        inboundEnvelope({
          case: 'correctiveActionReported',
          value: create(CorrectiveActionReportedSchema, { recommendationId: 'rec-1', action: 'Lắp rào chắn', completedOn: '2024-02-30' }),
        }),
      'completedOn must be a date YYYY-MM-DD',
    ],
    [
      'an indicator reported twice',
      () =>
        inboundEnvelope({
          case: 'reportSubmitted',
          value: create(ReportSubmittedSchema, {
            obligationId: 'obl-1',
            period: '2024-H1',
            indicators: [create(IndicatorSchema, { code: '2.1', value: 1 }), create(IndicatorSchema, { code: '2.1', value: 2 })],
          }),
        }),
      'indicators[1].code 2.1 appears twice',
    ],
  ])('rejects %s as invalid', (_, build, expected) => {
    const error = rejection(build());
    expect(error.code).toBe('invalid');
    expect(error.message).toContain(expected);
  });

  it.each([
    ['a NUL in a summary', 'Tập huấn\u0000', 'payload.value.summary contains the control character U+0000'],
    ['a lone surrogate in a summary', 'Tập huấn \ud800', 'payload.value.summary contains a lone UTF-16 surrogate'],
    ['an escape control in a summary', '\u001b[2J', 'U+001B'],
    ['a 100 KB summary', 'x'.repeat(100_000), 'the limit is 10000'],
  ])('rejects %s as invalid, naming the field', (_, summary, expected) => {
    const error = rejection(
      inboundEnvelope({ case: 'progressReported', value: create(ProgressReportedSchema, { taskId: 'task-1', percentComplete: 10, summary }) }),
    );
    expect(error.code).toBe('invalid');
    expect(error.message).toContain(expected);
    expect(error.message).toContain('payload.value.summary');
  });

  it('rejects a report of 10,000 indicators as invalid, naming the list', () => {
    const indicators = Array.from({ length: 10_000 }, (_, index) => create(IndicatorSchema, { code: `c${index}`, value: 1 }));
    const error = rejection(
      inboundEnvelope({ case: 'reportSubmitted', value: create(ReportSubmittedSchema, { obligationId: 'obl-1', period: '2024-H1', indicators }) }),
    );
    expect(error.code).toBe('invalid');
    expect(error.message).toBe('payload.value.indicators has 10000 elements; the limit is 2000');
  });

  it('answers the envelope with its texts in NFC', () => {
    const summary = 'Sở Y tế Sóc Trăng tập huấn';
    const valid = validateInbound(
      inboundEnvelope({
        case: 'progressReported',
        value: create(ProgressReportedSchema, { taskId: 'task-1', percentComplete: 10, summary: summary.normalize('NFD') }),
      }),
      now,
    );
    expect(valid.payload.value).toMatchObject({ summary: summary.normalize('NFC') });
  });

  it('rejects a payload only the platform publishes', () => {
    const error = rejection(inboundEnvelope({ case: 'taskAssigned', value: create(TaskAssignedSchema, { taskId: 'task-1' }) }));
    expect(error.code).toBe('unsupported-payload');
  });
});
