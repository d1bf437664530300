import { Actor } from '@cpp/access';
import type { DirectiveIssued } from '@cpp/directives';
import { admin, committee, TestPlatform } from '../support/platform-harness';
import { PLAN_ID, publish, socTrangPlan, startWithOrganisationChart } from './soc-trang-plan.fixture';

const TASK_FIELDS = `id section role agencyId originalAgencyId status dueDate ownProgress progress completedOn acknowledgedOn streamId
  progressReports { agencyId percent summary }`;
const TASK = `query ($id: ID!, $asOf: DateTime) { task(id: $id, asOf: $asOf) {
  ${TASK_FIELDS}
  parent { id agencyId }
  children { ${TASK_FIELDS} }
  contributions { ${TASK_FIELDS} }
  lead { id }
} }`;
const DIRECTIVE_TASKS = `query ($directiveId: ID!) { directiveTasks(directiveId: $directiveId) { directiveId progress taskCount tasks { id section role agencyId status progress children { id agencyId progress } } } }`;
const OBLIGATIONS = `query ($agency: ID!, $status: [ObligationStatus!]) { obligations(agency: $agency, status: $status) {
  id kind title agencyId originalAgencyId recipientAgencyId dueDate originalDueDate status onTime fulfilledOn closedOn period
  source { type directiveId sections inspectionId recommendationId taskId }
  submissions { timeliness submittedOn note }
  deadlineChanges { kind previousDueDate newDueDate reason document }
  reassignments { fromAgencyId toAgencyId reason }
} }`;
const ACKNOWLEDGE = `mutation ($taskId: String!) { acknowledgeTask(taskId: $taskId) { changed projected } }`;
const DELEGATE = `mutation ($input: DelegateTaskInput!) { delegateTask(input: $input) { streamIds changed projected } }`;
const PROGRESS = `mutation ($input: ReportTaskProgressInput!) { reportTaskProgress(input: $input) { changed } }`;
const COMPLETE = `mutation ($input: CompleteTaskInput!) { completeTask(input: $input) { changed } }`;
const SUBMIT = `mutation ($input: SubmitReportInput!) { submitReport(input: $input) { changed } }`;
const CHECK = `mutation { checkDeadlines { today periodsOpened overdueRecorded } }`;
const HISTORY = `query ($streamId: String!) { streamHistory(streamId: $streamId) { type actor recordedAt data } }`;

const officerOf = (agencyId: string): Actor => ({ subject: `can-bo-${agencyId}`, name: `Cán bộ ${agencyId}`, agencyId, roles: ['agency-officer'] });
const ldtbxh = officerOf('so-ldtbxh-soc-trang');
const keSach = officerOf('ubnd-ke-sach');
const vhttdl = officerOf('so-vhttdl-soc-trang');
const taskId = (section: string, agency: string) => `${PLAN_ID}/${section}/${agency}`;
const LDTBXH_2A = taskId('2.a', 'so-ldtbxh-soc-trang');
const KE_SACH_2A = `${LDTBXH_2A}>ubnd-ke-sach`;

type Obligation = { id: string; kind: string; source: { directiveId: string | null; inspectionId: string | null }; [key: string]: any };

const smallDirective = (directiveId: string, agencyId: string): DirectiveIssued['data'] => ({
  ...socTrangPlan,
  directiveId,
  documentNumber: { ...socTrangPlan.documentNumber, raw: `${directiveId.toUpperCase()}/KH-UBND` },
  tasks: [
    {
      taskId: '1',
      section: '1',
      text: 'Thanh tra, kiểm tra chuyên đề về nuôi con nuôi',
      leadAgencyId: agencyId,
      coordinatingAgencyIds: [],
      dueDate: '2021-12-31',
      reportingRegimeIds: ['bao-cao-nam'],
    },
  ],
  reportingRegimes: socTrangPlan.reportingRegimes.filter((regime) => regime.regimeId === 'bao-cao-nam'),
});

describe('the cascade of a directive, and obligations from inspections and directive changes (GraphQL over HTTP)', () => {
  let t: TestPlatform;
  const at = (instant: string) => t.clock.set(instant);
  const obligations = async (agency: string, status?: string[]): Promise<Obligation[]> =>
    (await t.as(committee).ok(OBLIGATIONS, { agency, status })).obligations;
  const task = async (id: string, asOf?: string) => (await t.as(committee).ok(TASK, { id, asOf })).task;
  const history = async (streamId: string) =>
    (await t.as(committee).ok(HISTORY, { streamId })).streamHistory as { type: string; recordedAt: string; data: any }[];

  beforeAll(async () => {
    t = await startWithOrganisationChart('2021-03-01T03:00:00Z');
    await publish(t, `test-directive-${PLAN_ID}`, 'DirectiveIssued', socTrangPlan);
  }, 180000);
  afterAll(() => t?.stop());

  describe('tasks: acknowledge, delegate down, report progress, complete', () => {
    let beforeCompletion: string;

    it('an agency acknowledges its task', async () => {
      expect((await t.as(ldtbxh).ok(ACKNOWLEDGE, { taskId: LDTBXH_2A })).acknowledgeTask).toEqual({ changed: true, projected: true });
      expect(await task(LDTBXH_2A)).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedOn: '2021-03-01' });
      expect((await t.as(ldtbxh).ok(ACKNOWLEDGE, { taskId: LDTBXH_2A })).acknowledgeTask.changed).toBe(false);
    });

    it('delegates down to a district in its jurisdiction: the child keeps its parent, and its due date becomes the district’s obligation', async () => {
      const receipt = (
        await t.as(ldtbxh).ok(DELEGATE, {
          input: { taskId: LDTBXH_2A, toAgencyId: 'ubnd-ke-sach', text: 'Tổ chức tuyên truyền về bảo vệ trẻ em tại các xã', dueDate: '2021-10-31' },
        })
      ).delegateTask;
      expect(receipt).toEqual({ streamIds: [`task-${LDTBXH_2A}`, `task-${KE_SACH_2A}`], changed: true, projected: true });
      expect(await task(KE_SACH_2A)).toMatchObject({
        role: 'DELEGATED',
        agencyId: 'ubnd-ke-sach',
        section: '2.a',
        dueDate: '2021-10-31',
        parent: { id: LDTBXH_2A, agencyId: 'so-ldtbxh-soc-trang' },
      });
      expect(await obligations('ubnd-ke-sach', ['OPEN'])).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'TASK',
            dueDate: '2021-10-31',
            recipientAgencyId: 'so-ldtbxh-soc-trang',
            source: expect.objectContaining({ taskId: KE_SACH_2A, sections: ['2.a'] }),
          }),
        ]),
      );
      expect(await t.as(ldtbxh).errorCode(DELEGATE, { input: { taskId: LDTBXH_2A, toAgencyId: 'ubnd-ke-sach', text: 'Lần nữa' } })).toBe('CONFLICT');
      expect(await t.as(keSach).errorCode(DELEGATE, { input: { taskId: KE_SACH_2A, toAgencyId: 'so-y-te-soc-trang', text: 'Lên trên' } })).toBe('FORBIDDEN');
    });

    it('rolls progress up from delegated tasks: a parent is the mean of its own and its children’s', async () => {
      await t.as(ldtbxh).ok(PROGRESS, { input: { taskId: LDTBXH_2A, percent: 20, summary: 'Đã phát hành tài liệu' } });
      await t.as(keSach).ok(PROGRESS, { input: { taskId: KE_SACH_2A, percent: 60, summary: 'Đã tổ chức tại 6 xã' } });
      const parent = await task(LDTBXH_2A);
      expect(parent).toMatchObject({
        status: 'IN_PROGRESS',
        ownProgress: 20,
        progress: 40,
        children: [expect.objectContaining({ id: KE_SACH_2A, ownProgress: 60, progress: 60 })],
      });
      const cascade = (await t.as(committee).ok(DIRECTIVE_TASKS, { directiveId: PLAN_ID })).directiveTasks;
      expect(cascade.taskCount).toBe(socTrangPlan.tasks.length + 3 + 1); // leads, coordinators of 4.d (2) and 5.b (1), the delegated task
      expect(cascade.tasks.find((root: { id: string }) => root.id === LDTBXH_2A)).toMatchObject({
        progress: 40,
        children: [{ id: KE_SACH_2A, agencyId: 'ubnd-ke-sach', progress: 60 }],
      });
      expect(cascade.progress).toBe(5); // the mean over the 8 lead tasks: 40 / 8
    });

    it('shows the lead its coordinators’ contributions, without moving its own figure', async () => {
      await t.as(vhttdl).ok(PROGRESS, { input: { taskId: taskId('4.d', 'so-vhttdl-soc-trang'), percent: 50, summary: 'Phối hợp tập huấn điều tra viên' } });
      const lead = await task(taskId('4.d', 'cong-an-soc-trang'));
      expect(lead).toMatchObject({ role: 'LEAD', progress: 0 });
      expect(lead.contributions).toEqual([
        expect.objectContaining({
          agencyId: 'so-vhttdl-soc-trang',
          role: 'COORDINATOR',
          ownProgress: 50,
          progressReports: [{ agencyId: 'so-vhttdl-soc-trang', percent: 50, summary: 'Phối hợp tập huấn điều tra viên' }],
        }),
        expect.objectContaining({ agencyId: 'so-y-te-soc-trang', role: 'COORDINATOR', ownProgress: 0 }),
      ]);
      expect((await task(taskId('4.d', 'so-vhttdl-soc-trang'))).lead).toEqual({ id: taskId('4.d', 'cong-an-soc-trang') });
    });

    it('completing a delegated task after its due date makes its obligation done, late; the roll-up counts it 100', async () => {
      beforeCompletion = new Date().toISOString();
      at('2021-11-05T03:00:00Z');
      await t.as(keSach).ok(COMPLETE, { input: { taskId: KE_SACH_2A, summary: 'Hoàn thành' } });
      expect(await task(KE_SACH_2A)).toMatchObject({ status: 'COMPLETED', completedOn: '2021-11-05', progress: 100 });
      expect((await task(LDTBXH_2A)).progress).toBe(60);
      const deadline = (await obligations('ubnd-ke-sach')).find((o) => o.kind === 'TASK')!;
      expect(deadline).toMatchObject({ status: 'DONE', onTime: false, fulfilledOn: '2021-11-05' });
      expect(await t.as(keSach).errorCode(PROGRESS, { input: { taskId: KE_SACH_2A, percent: 90, summary: 'x' } })).toBe('CONFLICT');
    });

    it('answers the cascade as of an instant before the completion, and keeps the task’s history', async () => {
      expect(await task(KE_SACH_2A, beforeCompletion)).toMatchObject({ status: 'IN_PROGRESS', progress: 60, parent: { id: LDTBXH_2A } });
      expect((await task(LDTBXH_2A, beforeCompletion)).progress).toBe(40);
      expect((await history(`task-${KE_SACH_2A}`)).map((e) => e.type)).toEqual(['TaskAssigned', 'TaskProgressReported', 'TaskCompleted']);
    });
  });

  describe('recommendations of inspections', () => {
    const REC = 'recommendation:tt-lien-nganh-2021/kn-1';
    const rec = { inspectionId: 'tt-lien-nganh-2021', recommendationId: 'kn-1' };

    it('an issued recommendation is an obligation of the responsible agency; its corrective action is its submission', async () => {
      at('2021-08-01T03:00:00Z');
      await publish(t, 'test-inspection-1', 'RecommendationIssued', {
        ...rec,
        findingIds: ['f-1'],
        responsibleAgencyId: 'so-gddt-soc-trang',
        correctiveAction: 'Bố trí phòng tư vấn học đường tại các trường nội trú',
        dueDate: '2021-09-30',
        issuedOn: '2021-08-01',
        issuingAgencyId: 'so-ldtbxh-soc-trang',
      });
      expect((await obligations('so-gddt-soc-trang')).find((o) => o.id === REC)).toMatchObject({
        kind: 'RECOMMENDATION',
        status: 'OPEN',
        recipientAgencyId: 'so-ldtbxh-soc-trang',
        source: { type: 'inspection', inspectionId: 'tt-lien-nganh-2021', recommendationId: 'kn-1' },
      });
      expect(await t.as(officerOf('so-gddt-soc-trang')).errorCode(SUBMIT, { input: { obligationId: REC, figures: [], note: 'x' } })).toBe('BAD_USER_INPUT');

      await publish(t, 'test-inspection-1', 'CorrectiveActionReported', {
        ...rec,
        responsibleAgencyId: 'so-gddt-soc-trang',
        action: 'Đã bố trí tại 5 trường',
        reportedOn: '2021-10-05',
      });
      expect((await obligations('so-gddt-soc-trang')).find((o) => o.id === REC)).toMatchObject({
        status: 'SUBMITTED_LATE',
        submissions: [{ timeliness: 'LATE', submittedOn: '2021-10-05', note: 'Đã bố trí tại 5 trường' }],
      });
    });

    it('closing it makes it done; reopening owes it again by the new date, with the history kept', async () => {
      await publish(t, 'test-inspection-1', 'RecommendationClosed', { ...rec, closedOn: '2021-10-20', verification: 'Kiểm tra thực tế' });
      expect((await obligations('so-gddt-soc-trang')).find((o) => o.id === REC)).toMatchObject({ status: 'DONE', fulfilledOn: '2021-10-20' });
      await publish(t, 'test-inspection-1', 'RecommendationReopened', { ...rec, reopenedOn: '2021-11-10', reason: 'Chưa bố trí đủ', newDueDate: '2021-12-31' });
      expect((await obligations('so-gddt-soc-trang')).find((o) => o.id === REC)).toMatchObject({
        status: 'OPEN',
        dueDate: '2021-12-31',
        originalDueDate: '2021-09-30',
        deadlineChanges: [{ kind: 'reopening', previousDueDate: '2021-09-30', newDueDate: '2021-12-31', reason: 'Chưa bố trí đủ', document: null }],
      });
    });
  });

  describe('directive changes', () => {
    it('an ad-hoc request opens a report of the agencies its regime names, due on its own date', async () => {
      at('2021-05-10T03:00:00Z');
      await publish(t, `test-directive-${PLAN_ID}`, 'AdHocReportRequested', {
        directiveId: PLAN_ID,
        regimeId: 'tong-hop-bao-cao',
        requestId: 'dot-xuat-2021-05',
        content: 'Báo cáo đột xuất tình hình trẻ em đuối nước',
        reportingAgencyIds: [],
        dueDate: '2021-05-20',
        requestedOn: '2021-05-10',
      });
      expect((await obligations('so-ldtbxh-soc-trang')).filter((o) => o.kind === 'AD_HOC_REPORT')).toEqual([
        expect.objectContaining({
          title: 'Báo cáo đột xuất tình hình trẻ em đuối nước',
          dueDate: '2021-05-20',
          period: 'dot-xuat-2021-05',
          recipientAgencyId: 'ubnd-soc-trang',
        }),
      ]);
    });

    it('an amendment assigns added tasks, moves changed deadlines and withdraws withdrawn tasks', async () => {
      at('2021-04-01T03:00:00Z');
      const changed = { ...socTrangPlan.tasks.find((task) => task.taskId === '5.b')!, dueDate: '2021-07-15' };
      await publish(t, `test-directive-${PLAN_ID}`, 'DirectiveAmended', {
        directiveId: PLAN_ID,
        amendedOn: '2021-04-01',
        amendingDocument: '80/KH-UBND',
        subject: 'Sửa đổi, bổ sung Kế hoạch 29/KH-UBND',
        addedTasks: [
          {
            taskId: '2.b',
            section: '2.b',
            text: 'Chỉ đạo cơ quan báo chí dành chuyên trang, chuyên mục cho trẻ em',
            leadAgencyId: 'so-tttt-soc-trang',
            coordinatingAgencyIds: [],
            dueDate: null,
            reportingRegimeIds: ['bao-cao-6-thang', 'bao-cao-nam'],
          },
        ],
        changedTasks: [changed],
        withdrawnTaskIds: ['7'],
        addedReportingRegimes: [],
      });
      expect((await obligations('so-tttt-soc-trang')).map((o) => [o.period, o.dueDate])).toEqual([
        ['2021-H1', '2021-06-30'],
        ['2021', '2021-11-30'],
        ['2022-H1', '2022-06-30'],
        ['2022', '2022-11-30'],
      ]);
      expect((await obligations('so-tai-chinh-soc-trang'))[0]).toMatchObject({
        kind: 'TASK',
        dueDate: '2021-07-15',
        originalDueDate: '2021-06-15',
        deadlineChanges: [expect.objectContaining({ kind: 'amendment', newDueDate: '2021-07-15', document: '80/KH-UBND' })],
      });
      expect(await task(taskId('7', 'ubnd-ke-sach'))).toMatchObject({ status: 'WITHDRAWN' });
    });

    it('superseding a directive closes its open tasks and obligations as superseded; revoking one cancels them', async () => {
      await publish(t, 'test-directive-kh-thay-the', 'DirectiveIssued', smallDirective('kh-thay-the', 'so-tu-phap-soc-trang'));
      await publish(t, 'test-directive-kh-bai-bo', 'DirectiveIssued', smallDirective('kh-bai-bo', 'so-xay-dung-soc-trang'));
      at('2021-09-01T03:00:00Z');
      await publish(t, 'test-directive-kh-thay-the', 'DirectiveSuperseded', {
        directiveId: 'kh-thay-the',
        supersededByDirectiveId: PLAN_ID,
        effectiveFrom: '2021-09-01',
      });
      await publish(t, 'test-directive-kh-bai-bo', 'DirectiveRevoked', {
        directiveId: 'kh-bai-bo',
        effectiveFrom: '2021-09-01',
        reason: 'Không còn phù hợp',
        revokingDocument: '99/QĐ-UBND',
      });

      const justice = await obligations('so-tu-phap-soc-trang');
      expect(justice.map((o) => [o.kind, o.dueDate, o.status, o.closedOn])).toEqual([
        ['PERIODIC_REPORT', '2021-11-30', 'SUPERSEDED', '2021-09-01'],
        ['TASK', '2021-12-31', 'SUPERSEDED', '2021-09-01'],
        ['PERIODIC_REPORT', '2022-11-30', 'SUPERSEDED', '2021-09-01'],
      ]);
      expect(await task('kh-thay-the/1/so-tu-phap-soc-trang')).toMatchObject({ status: 'SUPERSEDED' });
      expect((await obligations('so-xay-dung-soc-trang')).map((o) => o.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
      expect(await t.as(officerOf('so-tu-phap-soc-trang')).errorCode(SUBMIT, { input: { obligationId: justice[0].id, figures: [], note: 'x' } })).toBe(
        'CONFLICT',
      );
    });
  });

  describe('the deadline monitor moves the horizon of open-ended regimes with the clock', () => {
    it('opens the next year’s periods when the clock enters a new year, once', async () => {
      at('2022-01-05T03:00:00Z');
      const check = (await t.as(committee).ok(CHECK)).checkDeadlines;
      expect(check.periodsOpened).toBeGreaterThan(0);
      expect((await t.as(committee).ok(CHECK)).checkDeadlines.periodsOpened).toBe(0);
      const periods = (await obligations('so-y-te-soc-trang')).map((o) => o.period);
      expect(periods).toEqual(expect.arrayContaining(['2023-H1', '2023']));
    });
  });

  describe('a function transfer passes child-protection work to the receiving agency', () => {
    it('moves the open obligations and tasks of the agency that loses the child-protection function', async () => {
      await t.as(admin).ok(`mutation ($input: RegisterAgencyInput!) { registerAgency(input: $input) { changed } }`, {
        input: {
          agencyId: 'so-noi-vu-soc-trang',
          name: 'Sở Nội vụ',
          kind: 'DEPARTMENT',
          unitId: 'soc-trang',
          parentAgencyId: 'ubnd-soc-trang',
          functions: ['home-affairs'],
          effectiveFrom: '2010-01-01',
        },
      });
      const before = (await obligations('so-ldtbxh-soc-trang', ['OPEN', 'DUE_SOON', 'OVERDUE'])).map((o) => o.id);
      expect(before.length).toBeGreaterThan(0);
      await t.as(admin).ok(`mutation ($input: TransferAgencyFunctionInput!) { transferAgencyFunction(input: $input) { projected } }`, {
        input: {
          fromAgencyId: 'so-ldtbxh-soc-trang',
          toAgencyId: 'so-noi-vu-soc-trang',
          function: 'child-protection',
          effectiveFrom: '2022-01-01',
          decision: 'NQ 01/2022',
        },
      });
      expect(await obligations('so-ldtbxh-soc-trang', ['OPEN', 'DUE_SOON', 'OVERDUE'])).toEqual([]);
      const received = await obligations('so-noi-vu-soc-trang');
      expect(received.map((o) => o.id).sort()).toEqual([...before].sort());
      expect(received[0].reassignments).toEqual([{ fromAgencyId: 'so-ldtbxh-soc-trang', toAgencyId: 'so-noi-vu-soc-trang', reason: 'function-transfer' }]);
      expect(await task(LDTBXH_2A)).toMatchObject({ agencyId: 'so-noi-vu-soc-trang', originalAgencyId: 'so-ldtbxh-soc-trang' });
    });

    it('a transfer of another function moves nothing', async () => {
      const before = await obligations('so-gddt-soc-trang');
      await t.as(admin).ok(`mutation ($input: TransferAgencyFunctionInput!) { transferAgencyFunction(input: $input) { projected } }`, {
        input: { fromAgencyId: 'so-gddt-soc-trang', toAgencyId: 'so-noi-vu-soc-trang', function: 'education', effectiveFrom: '2022-01-01' },
      });
      expect(await obligations('so-gddt-soc-trang')).toEqual(before);
    });
  });
});
