import { randomUUID } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import { createEnvelope, decodeEnvelope, encodeEnvelope, HEADERS, IncomingRecord, IntegrationBus, ProgressReportedSchema } from '@cpp/messaging';
import { waitFor } from '@cpp/messaging/testing';
import { Sql } from '@cpp/eventsourcing';
import { READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { IntegrationService } from '../../apps/platform/src/integration/integration.service';
import { committee, startTestPlatform, TestPlatform } from '../support/platform-harness';

const AGENCY = 'so-y-te-soc-trang';
const TASKS = `query ($agency: ID!) { agencyTasks(agency: $agency) { id ownProgress progressReports { summary } } }`;

/**
 * The embedded default (no KAFKA_BROKERS): the same contracts travel on the in-process bus.
 * The demo's gateways are the senders (here `soc-trang-gateway`, for Sóc Trăng's agencies).
 */
describe('the platform on the in-process bus (embedded default)', () => {
  let t: TestPlatform;
  let bus: IntegrationBus;

  beforeAll(async () => {
    t = await startTestPlatform({ now: '2024-06-01T03:00:00Z' });
    bus = t.platform.app.get(IntegrationService).bus!;
  }, 90_000);
  afterAll(() => t?.stop());

  it('applies an agency message published on the inbound topic', async () => {
    const [task] = (await t.as(committee).ok(TASKS, { agency: AGENCY })).agencyTasks;
    const envelope = createEnvelope({
      messageId: randomUUID(),
      agencyId: AGENCY,
      occurredAt: '2024-06-01T02:00:00Z',
      payload: {
        case: 'progressReported',
        value: create(ProgressReportedSchema, { taskId: task.id, percentComplete: 35, summary: 'Khám sàng lọc cho trẻ em tại 5 xã' }),
      },
    });
    await bus.publish([{ topic: 'cpp.agency.inbound.v1', key: AGENCY, value: encodeEnvelope(envelope), headers: { [HEADERS.sender]: 'soc-trang-gateway' } }]);
    await waitFor(async () =>
      expect((await t.as(committee).ok(TASKS, { agency: AGENCY })).agencyTasks[0]).toMatchObject({
        ownProgress: 35,
        progressReports: [{ summary: 'Khám sàng lọc cho trẻ em tại 5 xã' }],
      }),
    );
  });

  it('a message redelivered after a crash that lost ingest’s record writes nothing twice: event ids come from the message id', async () => {
    const [task] = (await t.as(committee).ok(TASKS, { agency: AGENCY })).agencyTasks;
    const envelope = createEnvelope({
      messageId: randomUUID(),
      agencyId: AGENCY,
      occurredAt: '2024-06-01T02:30:00Z',
      payload: {
        case: 'progressReported',
        value: create(ProgressReportedSchema, { taskId: task.id, percentComplete: 40, summary: 'Báo cáo gửi lại sau sự cố' }),
      },
    });
    const record = { topic: 'cpp.agency.inbound.v1', key: AGENCY, value: encodeEnvelope(envelope), headers: { [HEADERS.sender]: 'soc-trang-gateway' } };
    const reports = async () =>
      (await t.as(committee).ok(TASKS, { agency: AGENCY })).agencyTasks[0].progressReports.filter(
        (r: { summary: string }) => r.summary === 'Báo cáo gửi lại sau sự cố',
      );
    await bus.publish([record]);
    await waitFor(async () => expect(await reports()).toHaveLength(1));
    // As if the process died after the append and before ingest recorded the message.
    await t.platform.app.get<Sql>(READ_MODEL_SQL).query('DELETE FROM integration_processed_messages WHERE message_id = $1', [envelope.messageId]);
    await bus.publish([record]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await reports()).toHaveLength(1);
  });

  it('relays the demo’s task assignments to the public topic as protobuf envelopes keyed by agency', async () => {
    const received: IncomingRecord[] = [];
    const subscription = await bus.subscribe({
      groupId: 'so-y-te-system',
      topics: ['cpp.platform.public.v1'],
      handler: async (record) => void received.push(record),
    });
    try {
      await waitFor(() => expect(received.some((record) => record.key?.toString() === AGENCY)).toBe(true));
      const record = received.find((r) => r.key?.toString() === AGENCY)!;
      expect(record.headers[HEADERS.eventType].toString()).toBe('TaskAssigned');
      expect(decodeEnvelope(record.value!).payload).toMatchObject({
        case: 'taskAssigned',
        value: { directiveId: 'kh-soc-trang-23-ct-ttg', assigningAgencyId: 'ubnd-soc-trang' },
      });
    } finally {
      await subscription.stop();
    }
  });
});
