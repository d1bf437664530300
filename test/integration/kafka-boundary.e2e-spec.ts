import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { create } from '@bufbuild/protobuf';
import { Actor } from '@cpp/access';
import {
  AssignmentRole,
  CorrectiveActionReportedSchema,
  createEnvelope,
  decodeEnvelope,
  encodeEnvelope,
  CONTRACT_SCHEMA_VERSION,
  Envelope,
  HEADERS,
  InboundCase,
  OutboundCase,
  IndicatorSchema,
  PayloadOf,
  ProgressReportedSchema,
  ReportSubmittedSchema,
  TaskAcknowledgedSchema,
} from '@cpp/messaging';
import { waitFor } from '@cpp/messaging/testing';
import { Producer } from 'kafkajs';
import { collectTopic, CollectedRecord, KafkaMock, plainProducer, startKafka, unique } from '../messaging/support/kafka-cluster';
import { committee, startTestPlatform, TestPlatform } from '../support/platform-harness';

jest.setTimeout(60_000);

const SENDER = 'soc-trang-gateway';
const AGENCY = 'so-y-te-soc-trang';
/** Allowed for the gateway, but never registered in the organisation chart. */
const UNREGISTERED = 'so-khoa-hoc-soc-trang';
const NOW = '2024-06-01T03:00:00Z';

const TASKS = `query ($agency: ID!) { agencyTasks(agency: $agency) { id agencyId ownProgress acknowledgedOn streamId progressReports { percent summary reportedOn } } }`;
const OBLIGATIONS = `query ($agency: ID!) { obligations(agency: $agency) { id period status submissions { timeliness submittedOn note figures { code value unit } } } }`;
const HISTORY = `query ($streamId: String!) { streamHistory(streamId: $streamId) { id type actor agency causationId data } }`;
const RECOMMENDATIONS = `query ($agency: ID) { inspectionRecommendations(responsibleAgency: $agency) { recommendationId status reportedAction reportedOn } }`;

interface Task {
  id: string;
  agencyId: string;
  ownProgress: number;
  acknowledgedOn: string | null;
  streamId: string;
  progressReports: { percent: number; summary: string; reportedOn: string }[];
}

/**
 * The whole platform with Kafka switched on (KAFKA_BROKERS), against librdkafka's mock
 * cluster: agency systems publish protobuf envelopes with a plain kafkajs producer and with
 * kcat; what they report shows through GraphQL, applied once; what cannot be applied lands
 * in the dead-letter topic with its reason while the partition moves on; and the platform's
 * public events reach an agency consumer as decoded protobuf messages.
 */
describe('the platform on Kafka (ingest and relay, mock cluster, demo data)', () => {
  const inboundTopic = unique('cpp.agency.inbound');
  const publicTopic = unique('cpp.platform.public');
  let kafka: KafkaMock;
  let t: TestPlatform;
  let producer: Producer;
  let deadLetters: { records: CollectedRecord[]; stop(): Promise<void> };
  let published: { records: CollectedRecord[]; stop(): Promise<void> };
  let tasks: Task[];

  beforeAll(async () => {
    kafka = await startKafka();
    t = await startTestPlatform({
      now: NOW,
      kafkaBrokers: kafka.brokers,
      integration: {
        inboundTopic,
        publicTopic,
        ingestGroup: unique('cpp-ingest'),
        senders: { [SENDER]: [AGENCY, 'ubnd-tp-soc-trang', 'ubnd-my-tu', UNREGISTERED] },
      },
    });
    [producer, deadLetters, published] = await Promise.all([
      plainProducer(kafka.brokers),
      collectTopic(kafka.brokers, `${inboundTopic}.dlq`),
      collectTopic(kafka.brokers, publicTopic),
    ]);
    tasks = await tasksOf(AGENCY);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([producer?.disconnect(), deadLetters?.stop(), published?.stop()]);
    await t?.stop();
    await kafka?.stop();
  });

  const tasksOf = async (agency: string): Promise<Task[]> => (await t.as(committee).ok(TASKS, { agency })).agencyTasks;
  const taskOf = async (agency: string, taskId: string): Promise<Task> => (await tasksOf(agency)).find((task) => task.id === taskId)!;
  const history = async (streamId: string): Promise<{ id: string; type: string; actor: string; agency: string; causationId: string; data: any }[]> =>
    (await t.as(committee).ok(HISTORY, { streamId })).streamHistory;

  /** The first public message of a kind that matches, decoded, once the relay has published it. */
  const publishedOf = <C extends OutboundCase>(kind: C, matches: (value: PayloadOf<C>['value']) => boolean) =>
    waitFor(() => {
      const found = published.records
        .map((record) => ({ key: record.key, payload: decodeEnvelope(record.value).payload }))
        .find((record) => record.payload.case === kind && matches(record.payload.value as PayloadOf<C>['value']));
      expect(found).toBeDefined();
      return { key: found!.key, value: found!.payload.value as PayloadOf<C>['value'] };
    });

  function envelope<C extends InboundCase>(payload: PayloadOf<C>, agencyId = AGENCY): Envelope {
    return createEnvelope({ messageId: `${SENDER}:${randomUUID()}`, agencyId, occurredAt: '2024-06-01T02:30:00Z', payload });
  }
  const progress = (taskId: string, percentComplete: number, summary: string): PayloadOf<'progressReported'> => ({
    case: 'progressReported',
    value: create(ProgressReportedSchema, { taskId, percentComplete, summary }),
  });
  const acknowledged = (taskId: string): PayloadOf<'taskAcknowledged'> => ({ case: 'taskAcknowledged', value: create(TaskAcknowledgedSchema, { taskId }) });

  /** As an agency's gateway sends: keyed by the agency, so that its messages keep their order. */
  const send = (...values: (Envelope | Buffer)[]) =>
    producer.send({
      topic: inboundTopic,
      acks: -1,
      messages: values.map((value) => ({
        key: AGENCY,
        value: Buffer.isBuffer(value) ? value : Buffer.from(encodeEnvelope(value)),
        headers: { [HEADERS.sender]: SENDER },
      })),
    });

  it('shows a progress report published by a plain kafkajs producer in the agency’s tasks, recorded as that system acting for that agency', async () => {
    const [task] = tasks;
    const message = envelope(progress(task.id, 40, 'Đã tổ chức 3 lớp tập huấn phòng, chống xâm hại trẻ em cho nhân viên y tế'));
    await send(message);
    await waitFor(async () =>
      expect(await taskOf(AGENCY, task.id)).toMatchObject({
        ownProgress: 40,
        progressReports: [{ percent: 40, summary: 'Đã tổ chức 3 lớp tập huấn phòng, chống xâm hại trẻ em cho nhân viên y tế', reportedOn: '2024-06-01' }],
      }),
    );
    const [, reported] = await history(task.streamId);
    expect(reported).toMatchObject({
      type: 'TaskProgressReported',
      actor: `agency-system:${SENDER}`,
      agency: AGENCY,
      causationId: `message:${message.messageId}`,
    });
  });

  it('files a report with its indicator figures under the agency’s obligation for that period', async () => {
    const owed = (await t.as(committee).ok(OBLIGATIONS, { agency: AGENCY })).obligations;
    const obligation = owed.find((o: { period: string; status: string }) => o.period === '2024-H1');
    expect(obligation.status).toBe('OPEN');
    const indicators = [
      create(IndicatorSchema, { code: 'TE-XAM-HAI', value: 3, unit: 'vụ' }),
      create(IndicatorSchema, { code: 'TE-DUOI-NUOC', value: 1, unit: 'trẻ em' }),
    ];
    await send(
      envelope({
        case: 'reportSubmitted',
        value: create(ReportSubmittedSchema, { obligationId: obligation.id, period: '2024-H1', indicators, documentNumber: '125/BC-SYT' }),
      }),
    );
    await waitFor(async () =>
      expect((await t.as(committee).ok(OBLIGATIONS, { agency: AGENCY })).obligations.find((o: { id: string }) => o.id === obligation.id)).toMatchObject({
        status: 'SUBMITTED_ON_TIME',
        submissions: [
          {
            timeliness: 'ON_TIME',
            submittedOn: '2024-06-01',
            note: '125/BC-SYT',
            figures: [
              { code: 'TE-XAM-HAI', value: 3, unit: 'vụ' },
              { code: 'TE-DUOI-NUOC', value: 1, unit: 'trẻ em' },
            ],
          },
        ],
      }),
    );
  });

  it('applies the same message delivered twice once', async () => {
    const task = tasks[1];
    const twice = envelope(progress(task.id, 10, 'Rà soát danh sách trẻ em có hoàn cảnh đặc biệt'));
    await send(twice);
    await send(twice);
    await send(envelope(progress(task.id, 20, 'Tiếp tục rà soát')));
    await waitFor(async () => expect((await taskOf(AGENCY, task.id)).ownProgress).toBe(20));
    const reports = (await history(task.streamId)).filter((event) => event.type === 'TaskProgressReported');
    expect(reports.map((event) => event.data.summary)).toEqual(['Rà soát danh sách trẻ em có hoàn cảnh đặc biệt', 'Tiếp tục rà soát']);
  });

  it('dead-letters a malformed message, a mismatched or unknown agency, an unknown task and a refused command with their reasons, writes nothing for them, and the next message goes through', async () => {
    const [task] = tasks;
    const othersTask = (await tasksOf('so-gddt-soc-trang'))[0];
    const before = await history(othersTask.streamId);
    const rejected = [
      Buffer.from('{"taskId": "JSON is not the contract"}'),
      Buffer.from(encodeEnvelope(envelope(progress('kh-soc-trang-23-ct-ttg/ii-1-dd/so-ldtbxh-lang-son', 30, 'Không được phép'), 'so-ldtbxh-lang-son'))),
      Buffer.from(encodeEnvelope(envelope(progress(task.id, 30, 'Cơ quan chưa đăng ký'), UNREGISTERED))),
      Buffer.from(encodeEnvelope(envelope(progress('kh-soc-trang-23-ct-ttg/khong-co/so-y-te-soc-trang', 30, 'Nhiệm vụ không tồn tại')))),
      Buffer.from(encodeEnvelope(envelope(progress(othersTask.id, 30, 'Nhiệm vụ của cơ quan khác')))),
    ];
    const [sent] = await send(...rejected, envelope(progress(task.id, 60, 'Hoàn thành kiểm tra các cơ sở y tế')));
    await waitFor(async () => expect((await taskOf(AGENCY, task.id)).ownProgress).toBe(60));
    await waitFor(() => expect(deadLetters.records).toHaveLength(5));
    expect(deadLetters.records.map((record) => record.headers[HEADERS.deadLetterReasonCode])).toEqual([
      'undecodable',
      'unauthorized-agency',
      'unknown-agency',
      'unknown-reference',
      'refused',
    ]);
    expect(deadLetters.records.slice(1).map((record) => record.headers[HEADERS.deadLetterReason])).toEqual([
      `unauthorized-agency: Sender ${SENDER} may not act for agency so-ldtbxh-lang-son`,
      `unknown-agency: Agency ${UNREGISTERED} is not known to the platform`,
      'unknown-reference: NOT_FOUND: No task kh-soc-trang-23-ct-ttg/khong-co/so-y-te-soc-trang',
      `refused: FORBIDDEN: Task ${othersTask.id} is assigned to so-gddt-soc-trang; only that agency (or the steering committee) may act on it`,
    ]);
    deadLetters.records.forEach((record, index) => {
      expect(record.value).toEqual(rejected[index]);
      expect(record.headers[HEADERS.sender]).toBe(SENDER);
      expect(record.headers[HEADERS.deadLetterOriginalTopic]).toBe(inboundTopic);
      expect(record.headers[HEADERS.deadLetterOriginalOffset]).toBe(String(Number(sent.baseOffset) + index));
    });
    expect(await history(othersTask.streamId)).toEqual(before);
    expect((await taskOf(AGENCY, task.id)).progressReports.map((report) => report.summary)).not.toContain('Cơ quan chưa đăng ký');
  });

  it('applies one task’s many messages sent in one batch once each and in order, dead-lettering only the refused one among them', async () => {
    const [task] = tasks;
    const othersTask = (await tasksOf('so-gddt-soc-trang'))[0];
    const before = (await history(task.streamId)).filter((event) => event.type === 'TaskProgressReported').length;
    const dlqBefore = deadLetters.records.length;
    const summaries = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Đợt kiểm tra thứ ${n}`);
    const refused = envelope(progress(othersTask.id, 40, 'Nhiệm vụ của cơ quan khác'));
    await send(
      ...summaries.slice(0, 4).map((summary, n) => envelope(progress(task.id, 10 * (n + 1), summary))),
      refused,
      ...summaries.slice(4).map((summary, n) => envelope(progress(task.id, 10 * (n + 5), summary))),
    );
    await waitFor(async () => expect((await taskOf(AGENCY, task.id)).ownProgress).toBe(80));
    await waitFor(() => expect(deadLetters.records).toHaveLength(dlqBefore + 1));
    const reports = (await history(task.streamId)).filter((event) => event.type === 'TaskProgressReported');
    expect(reports.slice(before).map((event) => event.data.summary)).toEqual(summaries);
    expect(deadLetters.records[dlqBefore].headers[HEADERS.deadLetterReasonCode]).toBe('refused');
    expect(deadLetters.records[dlqBefore].value).toEqual(Buffer.from(encodeEnvelope(refused)));
  });

  it('applies a protobuf message that kcat produced from a file', async () => {
    const task = tasks[1];
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cpp-kcat-')), 'task-acknowledged.binpb');
    fs.writeFileSync(file, encodeEnvelope(envelope(acknowledged(task.id))));
    // Without -l, kcat sends each file named on its command line whole, as one message.
    const kcat = spawnSync('kcat', ['-P', '-b', kafka.bootstrapServers, '-t', inboundTopic, '-k', AGENCY, '-H', `${HEADERS.sender}=${SENDER}`, file], {
      encoding: 'utf8',
    });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    expect(kcat.stderr).toBe('');
    expect(kcat.status).toBe(0);
    await waitFor(async () => expect((await taskOf(AGENCY, task.id)).acknowledgedOn).toBe('2024-06-01'));
  });

  it('hands a corrective action to the inspection that issued the recommendation', async () => {
    const action = create(CorrectiveActionReportedSchema, {
      recommendationId: 'kn-xe-dua-don-tp-soc-trang',
      action: 'Đã kiểm tra và đình chỉ 2 xe đưa đón không bảo đảm an toàn',
      completedOn: '2024-05-28',
    });
    await send(envelope({ case: 'correctiveActionReported', value: action }, 'ubnd-tp-soc-trang'));
    await waitFor(async () =>
      expect((await t.as(committee).ok(RECOMMENDATIONS, { agency: 'ubnd-tp-soc-trang' })).inspectionRecommendations).toEqual([
        { recommendationId: 'kn-xe-dua-don-tp-soc-trang', status: 'REPORTED', reportedAction: action.action, reportedOn: '2024-05-28' },
      ]),
    );
  });

  it('sends a task delegated through GraphQL to an agency consumer as a decoded protobuf TaskAssigned, which the district then acknowledges over Kafka', async () => {
    const officer: Actor = { subject: 'can-bo-so-ldtbxh-soc-trang', name: 'Cán bộ Sở LĐTBXH', agencyId: 'so-ldtbxh-soc-trang', roles: ['agency-officer'] };
    const parentTaskId = 'kh-soc-trang-23-ct-ttg/ii-2-a/so-ldtbxh-soc-trang';
    const text = 'Rà soát, lập danh sách trẻ em có nguy cơ bị xâm hại trên địa bàn huyện';
    await t.as(officer).ok(`mutation ($input: DelegateTaskInput!) { delegateTask(input: $input) { projected } }`, {
      input: { taskId: parentTaskId, toAgencyId: 'ubnd-my-tu', text, dueDate: '2024-09-30' },
    });
    const delegated = (await tasksOf('ubnd-my-tu')).find((task) => task.id.startsWith(`${parentTaskId}>`))!;
    const [assigned] = await history(delegated.streamId);
    const record = await waitFor(() => {
      const found = published.records.find((r) => r.headers[HEADERS.messageId] === assigned.id);
      expect(found).toBeDefined();
      return found!;
    });
    expect(record.key).toBe('ubnd-my-tu');
    expect(record.headers[HEADERS.eventType]).toBe('TaskAssigned');
    const message = decodeEnvelope(record.value);
    expect(message).toMatchObject({ messageId: assigned.id, agencyId: 'ubnd-my-tu', schemaVersion: CONTRACT_SCHEMA_VERSION });
    expect(message.payload).toMatchObject({
      case: 'taskAssigned',
      value: {
        taskId: delegated.id,
        directiveId: 'kh-soc-trang-23-ct-ttg',
        text,
        role: AssignmentRole.DELEGATED,
        assigningAgencyId: 'so-ldtbxh-soc-trang',
        dueDate: '2024-09-30',
        parentTaskId,
      },
    });

    await producer.send({
      topic: inboundTopic,
      acks: -1,
      messages: [
        { key: 'ubnd-my-tu', value: Buffer.from(encodeEnvelope(envelope(acknowledged(delegated.id), 'ubnd-my-tu'))), headers: { [HEADERS.sender]: SENDER } },
      ],
    });
    await waitFor(async () => expect((await taskOf('ubnd-my-tu', delegated.id)).acknowledgedOn).toBe('2024-06-01'));
  });

  it('publishes what the deadline monitor records and the demo inspections’ conclusions with what their contracts say', async () => {
    t.clock.set(new Date('2024-06-25T03:00:00Z'));
    await t.as(committee).ok(`mutation { checkDeadlines { overdueRecorded approachingRecorded projected } }`);
    const overdue = await publishedOf(
      'obligationOverdue',
      (value) => value.obligationId === 'report:kh-soc-trang-23-ct-ttg/bao-cao-6-thang/2022-H1/so-y-te-soc-trang',
    );
    expect(overdue.key).toBe(AGENCY);
    expect(overdue.value).toMatchObject({ taskId: '', description: 'Báo cáo 6 tháng (2022-H1)', dueDate: '2022-06-30' });
    const approaching = await publishedOf(
      'deadlineApproaching',
      (value) => value.obligationId === 'report:kh-soc-trang-23-ct-ttg/bao-cao-6-thang/2024-H1/so-gddt-soc-trang',
    );
    expect(approaching.key).toBe('so-gddt-soc-trang');
    expect(approaching.value).toMatchObject({ description: 'Báo cáo 6 tháng (2024-H1)', dueDate: '2024-06-30', daysRemaining: 5 });
    const concluded = await publishedOf('inspectionConcluded', (value) => value.inspectionId === 'kt-co-so-mam-non-lang-son-2019');
    expect(concluded.key).toBe('so-ldtbxh-lang-son');
    expect(concluded.value).toMatchObject({
      leadAgencyId: 'so-ldtbxh-lang-son',
      concludedOn: '2019-07-05',
      recommendationIds: ['kn-nhom-tre-doc-lap-lang-son'],
    });
  });

  it('tells the agency merged into another about the merger, keyed by it', async () => {
    const admin: Actor = { subject: 'quan-tri', name: 'Quản trị hệ thống', agencyId: null, roles: ['org-admin'] };
    await t.as(admin).ok(`mutation ($input: MergeAgenciesInput!) { mergeAgencies(input: $input) { projected } }`, {
      input: {
        predecessorAgencyIds: ['so-khdt-soc-trang'],
        successorAgencyId: 'so-tai-chinh-soc-trang',
        effectiveFrom: '2025-03-01',
        decision: '1234/QĐ-UBND',
      },
    });
    const merged = await publishedOf('agencyMerged', (value) => value.predecessorAgencyId === 'so-khdt-soc-trang');
    expect(merged.key).toBe('so-khdt-soc-trang');
    expect(merged.value).toMatchObject({ successorAgencyId: 'so-tai-chinh-soc-trang', effectiveFrom: '2025-03-01', decision: '1234/QĐ-UBND' });
    // Recorded in the same commit, before the predecessor's event: the successor's side of the merger says nothing new.
    expect(published.records.map((record) => record.headers[HEADERS.eventType])).not.toContain('AgencyAbsorbedPredecessors');
  });
});
