import { randomUUID } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import { createEnvelope, encodeEnvelope, HEADERS, IncomingRecord, ProgressReportedSchema } from '@cpp/messaging';
import { waitFor } from '@cpp/messaging/testing';
import { EventStore, Sql } from '@cpp/eventsourcing';
import { EVENT_STORE, ProjectionsService, READ_MODEL_SQL } from '@cpp/eventsourcing/nest';
import { IntegrationService } from '../../apps/platform/src/integration/integration.service';
import { admin, committee, startTestPlatform, TestPlatform } from '../support/platform-harness';

jest.setTimeout(60_000);

const INBOUND = 'cpp.agency.inbound.v1';
const SENDER = 'soc-trang-gateway';
const AGENCY = 'so-y-te-soc-trang';
const OTHER = 'so-gddt-soc-trang';
/** Not configured: granted through GraphQL, as an administrator adds a system. */
const LATECOMER = 'phan-mem-so-y-te';

const TASKS = `query ($agency: ID!) { agencyTasks(agency: $agency) { id ownProgress progressReports { summary reportedOn } } }`;
const GRANTS = `query ($subject: String!) { grants(subject: $subject) { grantId role agencyId validFrom validTo revokedOn } }`;
const HISTORY = `query ($streamId: String!) { streamHistory(streamId: $streamId) { type actor } }`;
const REVOKE = `mutation ($input: RevokeAccessInput!) { revokeAccess(input: $input) { projected } }`;
const GRANT = `mutation ($input: GrantAccessInput!) { grantAccess(input: $input) { projected } }`;

interface Task {
  id: string;
  ownProgress: number;
  progressReports: { summary: string; reportedOn: string }[];
}

/**
 * Which system may publish for which agency comes from integration grants: the deployment's
 * INTEGRATION_SENDERS are recorded as grants at start-up, an administrator revokes or adds
 * one through GraphQL, and ingest judges each message on the day (in Vietnam) it says it
 * happened. The embedded default: the in-process bus, demo data.
 */
describe('ingest judges senders by their integration grants', () => {
  let t: TestPlatform;
  let deadLetters: IncomingRecord[];

  /** Reads the dead-letter topic of the platform as it runs now (a restart opens a new bus). */
  const collectDeadLetters = async () => {
    deadLetters = [];
    await t.platform.app.get(IntegrationService).bus!.subscribe({
      groupId: 'operator',
      topics: [`${INBOUND}.dlq`],
      fromBeginning: true,
      handler: async (record) => void deadLetters.push(record),
    });
  };

  beforeAll(async () => {
    t = await startTestPlatform({ now: '2024-06-01T03:00:00Z', integration: { senders: { [SENDER]: [AGENCY, OTHER] } } });
    await collectDeadLetters();
  }, 90_000);
  afterAll(() => t?.stop());

  const tasksOf = async (agency: string): Promise<Task[]> => (await t.as(committee).ok(TASKS, { agency })).agencyTasks;
  const grantsOf = async (sender: string) => (await t.as(admin).ok(GRANTS, { subject: `agency-system:${sender}` })).grants;
  const send = (sender: string, agencyId: string, taskId: string, summary: string, occurredAt = '2024-06-01T02:00:00Z') =>
    t.platform.app.get(IntegrationService).bus!.publish([
      {
        topic: INBOUND,
        key: agencyId,
        value: encodeEnvelope(
          createEnvelope({
            messageId: randomUUID(),
            agencyId,
            occurredAt,
            payload: { case: 'progressReported', value: create(ProgressReportedSchema, { taskId, percentComplete: 50, summary }) },
          }),
        ),
        headers: { [HEADERS.sender]: sender },
      },
    ]);
  const reported = async (agency: string, summary: string) =>
    (await tasksOf(agency)).flatMap((task) => task.progressReports).filter((report) => report.summary === summary);
  const deadLettered = (count: number) =>
    waitFor(() => {
      expect(deadLetters).toHaveLength(count);
      const record = deadLetters[count - 1];
      return { code: record.headers[HEADERS.deadLetterReasonCode].toString(), reason: record.headers[HEADERS.deadLetterReason].toString() };
    });

  it('records the configured agreements as integration grants from the day they were first recorded, by the platform administrator', async () => {
    const grants = await grantsOf(SENDER);
    expect(grants.map((grant: { agencyId: string }) => grant.agencyId).sort()).toEqual([AGENCY, OTHER].sort());
    for (const grant of grants) {
      expect(grant).toMatchObject({ role: 'integration', validFrom: '2024-06-01', validTo: null, revokedOn: null });
      expect((await t.as(admin).ok(HISTORY, { streamId: `access-grant-${grant.grantId}` })).streamHistory).toEqual([
        { type: 'AccessGranted', actor: 'system:platform-administrator' },
      ]);
    }
    const [task] = await tasksOf(AGENCY);
    await send(SENDER, AGENCY, task.id, 'Báo cáo qua cổng tích hợp Sóc Trăng');
    await waitFor(async () => expect(await reported(AGENCY, 'Báo cáo qua cổng tích hợp Sóc Trăng')).toHaveLength(1));
  });

  it('dead-letters the next message of a sender whose grant was revoked through GraphQL, as unauthorized-agency, writing nothing; its other agency goes on', async () => {
    const revoked = (await grantsOf(SENDER)).find((grant: { agencyId: string }) => grant.agencyId === OTHER);
    await t.as(admin).ok(REVOKE, { input: { grantId: revoked.grantId, revokedOn: '2024-06-01', reason: 'Thỏa thuận tích hợp chấm dứt' } });
    const [othersTask] = await tasksOf(OTHER);
    const before = await tasksOf(OTHER);
    await send(SENDER, OTHER, othersTask.id, 'Sau khi bị thu hồi quyền');
    const [task] = await tasksOf(AGENCY);
    await send(SENDER, AGENCY, task.id, 'Vẫn được phép cho Sở Y tế');
    await waitFor(async () => expect(await reported(AGENCY, 'Vẫn được phép cho Sở Y tế')).toHaveLength(1));
    expect(await deadLettered(1)).toEqual({
      code: 'unauthorized-agency',
      reason: `unauthorized-agency: Sender ${SENDER} may not act for agency ${OTHER} on 2024-06-01: grant ${revoked.grantId} was revoked from 2024-06-01`,
    });
    expect(await tasksOf(OTHER)).toEqual(before);
  });

  it('refuses a message dated before its grant began, judged on the day in Vietnam, and applies one from its first day', async () => {
    await t.as(admin).ok(GRANT, {
      input: { grantId: 'phan-mem-so-y-te-2024', subject: `agency-system:${LATECOMER}`, role: 'integration', agencyId: AGENCY, validFrom: '2024-05-20' },
    });
    const [task] = await tasksOf(AGENCY);
    // 23:30 on 19 May in Vietnam (UTC+7), the eve of the grant.
    await send(LATECOMER, AGENCY, task.id, 'Trước ngày được cấp quyền', '2024-05-19T16:30:00Z');
    expect(await deadLettered(2)).toEqual({
      code: 'unauthorized-agency',
      reason: `unauthorized-agency: Sender ${LATECOMER} may not act for agency ${AGENCY} on 2024-05-19: grant phan-mem-so-y-te-2024 begins on 2024-05-20`,
    });
    // 00:30 on 20 May in Vietnam, though still 19 May in UTC.
    await send(LATECOMER, AGENCY, task.id, 'Ngày đầu tiên được cấp quyền', '2024-05-19T17:30:00Z');
    await waitFor(async () => expect(await reported(AGENCY, 'Ngày đầu tiên được cấp quyền')).toHaveLength(1));
    expect(await reported(AGENCY, 'Trước ngày được cấp quyền')).toEqual([]);
  });

  it('holds a message while the grants read model is rebuilt, instead of dead-lettering it, and applies it once the grants are back', async () => {
    const sql = t.platform.app.get<Sql>(READ_MODEL_SQL);
    const summary = 'Trong lúc dựng lại quyền';
    // Read from the log: while the grants are gone, nobody may read the tasks through GraphQL either.
    const written = async () =>
      Number(
        (await sql.query<{ n: string }>(`SELECT count(*) AS n FROM es_events WHERE event_type = 'TaskProgressReported' AND data->>'summary' = $1`, [summary]))
          .rows[0].n,
      );
    const deadLetteredBefore = deadLetters.length;
    const [task] = await tasksOf(AGENCY);
    // What a rebuild on PGlite, or in another process, does first: the grants emptied, their checkpoint back at the start.
    await sql.query('DELETE FROM access_grants');
    await sql.query('DELETE FROM projection_checkpoints WHERE projection = $1', ['access.grants']);
    await send(SENDER, AGENCY, task.id, summary);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await written()).toBe(0);
    await t.platform.app.get(ProjectionsService).rebuild('access.grants');
    await waitFor(async () => expect(await written()).toBe(1));
    await waitFor(async () => expect(await reported(AGENCY, summary)).toHaveLength(1));
    expect(deadLetters).toHaveLength(deadLetteredBefore);
  });

  it('records no new grant event on a restart, and a configured sender’s revoked grant stays revoked', async () => {
    const store = () => t.platform.app.get<EventStore>(EVENT_STORE);
    const grants = await grantsOf(SENDER);
    const head = await store().headCheckpoint();
    await t.restart();
    await collectDeadLetters();
    expect(await store().headCheckpoint()).toEqual(head);
    expect(await grantsOf(SENDER)).toEqual(grants);
    const [othersTask] = await tasksOf(OTHER);
    await send(SENDER, OTHER, othersTask.id, 'Sau khi khởi động lại');
    expect(await deadLettered(1)).toMatchObject({ code: 'unauthorized-agency' });
    expect(await reported(OTHER, 'Sau khi khởi động lại')).toEqual([]);
  });

  it('keeps a sender’s grants when it is taken out of INTEGRATION_SENDERS: only a revocation takes them back', async () => {
    const grants = await grantsOf(SENDER);
    await t.restart({ senders: {} });
    expect(await grantsOf(SENDER)).toEqual(grants);
    const [task] = await tasksOf(AGENCY);
    await send(SENDER, AGENCY, task.id, 'Không còn trong cấu hình');
    await waitFor(async () => expect(await reported(AGENCY, 'Không còn trong cấu hình')).toHaveLength(1));
  });
});
