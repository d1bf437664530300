import { Actor } from '@cpp/access';
import { admin, committee, TestPlatform } from '../support/platform-harness';
import { logHead, PLAN_ID, publish, socTrangPlan, startWithOrganisationChart } from './soc-trang-plan.fixture';

const OBLIGATIONS = `query ($agency: ID!, $status: [ObligationStatus!], $dueFrom: LocalDate, $dueTo: LocalDate, $asOf: DateTime) {
  obligations(agency: $agency, status: $status, dueFrom: $dueFrom, dueTo: $dueTo, asOf: $asOf) {
    id kind title agencyId originalAgencyId recipientAgencyId period dueDate originalDueDate status onTime judgedOn streamId
    source { directiveId documentNumber sections regimeId }
    submissions { submissionNumber timeliness submittedOn lateAgainstOriginal figures { code value unit } corrections { reason figures { code value } } currentFigures { code value } }
    deadlineChanges { kind previousDueDate newDueDate reason document }
    reassignments { fromAgencyId toAgencyId reason effectiveFrom decision }
    overdueDeadlines
  }
}`;
const AGENCY_TASKS = `query ($agency: ID!) { agencyTasks(agency: $agency) { id section role agencyId originalAgencyId directiveId status lead { agencyId } } }`;
const SUBMIT = `mutation ($input: SubmitReportInput!) { submitReport(input: $input) { streamIds projected changed } }`;
const CORRECT = `mutation ($input: CorrectFiguresInput!) { correctFigures(input: $input) { changed } }`;
const EXTEND = `mutation ($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { changed } }`;
const CHECK = `mutation { checkDeadlines { today overdueRecorded approachingRecorded periodsOpened projected } }`;
const HISTORY = `query ($streamId: String!) { streamHistory(streamId: $streamId) { type actor recordedAt data } }`;
const COMPLIANCE = `query ($agency: ID, $jurisdiction: ID, $directiveId: ID, $year: Int, $asOf: DateTime) {
  compliance(agency: $agency, jurisdiction: $jurisdiction, directiveId: $directiveId, year: $year, asOf: $asOf) { agencyId period onTime late missing pending extended lateRate lateRateAgainstOriginal }
}`;
const ACKNOWLEDGE = `mutation ($taskId: String!) { acknowledgeTask(taskId: $taskId) { changed } }`;
const DELEGATE = `mutation ($input: DelegateTaskInput!) { delegateTask(input: $input) { changed } }`;
const PROGRESS = `mutation ($input: ReportTaskProgressInput!) { reportTaskProgress(input: $input) { changed } }`;

const officerOf = (agencyId: string): Actor => ({ subject: `can-bo-${agencyId}`, name: `Cán bộ ${agencyId}`, agencyId, roles: ['agency-officer'] });
const yTe = officerOf('so-y-te-soc-trang');
const gdDt = officerOf('so-gddt-soc-trang');
const ldtbxh = officerOf('so-ldtbxh-soc-trang');
const reportId = (regime: string, period: string, agency: string) => `report:${PLAN_ID}/${regime}/${period}/${agency}`;
const Y_TE_H1 = reportId('bao-cao-6-thang', '2021-H1', 'so-y-te-soc-trang');
const GD_DT_H1 = reportId('bao-cao-6-thang', '2021-H1', 'so-gddt-soc-trang');
const GD_DT_2021 = reportId('bao-cao-nam', '2021', 'so-gddt-soc-trang');

type Obligation = { id: string; status: string; source: { directiveId: string }; [key: string]: any };
const ofPlan = (obligations: Obligation[]) => obligations.filter((o) => o.source.directiveId === PLAN_ID);

describe('obligations over GraphQL (HTTP): what each agency owes, by when, and whether it is late', () => {
  let t: TestPlatform;

  async function obligations(agency: string, extra: Record<string, unknown> = {}, as: Actor = committee): Promise<Obligation[]> {
    return ofPlan((await t.as(as).ok(OBLIGATIONS, { agency, ...extra })).obligations);
  }
  async function history(streamId: string): Promise<{ type: string; recordedAt: string; actor: string; data: any }[]> {
    return (await t.as(committee).ok(HISTORY, { streamId })).streamHistory;
  }
  const at = (instant: string) => t.clock.set(instant);

  beforeAll(async () => {
    t = await startWithOrganisationChart('2021-03-01T03:00:00Z');
    await publish(t, `test-directive-${PLAN_ID}`, 'DirectiveIssued', socTrangPlan);
  }, 180000);
  afterAll(() => t?.stop());

  it('gives Sở Y tế Sóc Trăng the tasks the plan assigns it (1.đ, 4.đ as lead, 4.d as coordinator)', async () => {
    const tasks = (await t.as(yTe).ok(AGENCY_TASKS, { agency: 'so-y-te-soc-trang' })).agencyTasks.filter(
      (task: { directiveId: string }) => task.directiveId === PLAN_ID,
    );
    expect(tasks.map((task: { section: string; role: string }) => [task.section, task.role]).sort()).toEqual([
      ['1.đ', 'LEAD'],
      ['4.d', 'COORDINATOR'],
      ['4.đ', 'LEAD'],
    ]);
    expect(tasks.find((task: { section: string }) => task.section === '4.d')).toMatchObject({ status: 'ASSIGNED', lead: { agencyId: 'cong-an-soc-trang' } });
  });

  it('owes one report per period with the plan’s deadlines (before 30/6 and 30/11), citing the document and its sections', async () => {
    const owed = await obligations('so-y-te-soc-trang', {}, yTe);
    expect(owed.map((o) => [o.period, o.dueDate, o.kind])).toEqual([
      ['2021-H1', '2021-06-30', 'PERIODIC_REPORT'],
      ['2021', '2021-11-30', 'PERIODIC_REPORT'],
      ['2022-H1', '2022-06-30', 'PERIODIC_REPORT'],
      ['2022', '2022-11-30', 'PERIODIC_REPORT'],
    ]);
    expect(owed[0]).toMatchObject({
      id: Y_TE_H1,
      title: 'Báo cáo 6 tháng',
      agencyId: 'so-y-te-soc-trang',
      recipientAgencyId: 'so-ldtbxh-soc-trang',
      status: 'OPEN',
      judgedOn: '2021-03-01',
      source: { documentNumber: '29/KH-UBND', sections: ['1.đ', '4.d', '4.đ'], regimeId: 'bao-cao-6-thang' },
    });
    const window = await obligations('so-y-te-soc-trang', { dueFrom: '2021-01-01', dueTo: '2021-12-31' });
    expect(window.map((o) => o.period)).toEqual(['2021-H1', '2021']);
  });

  it('a task with its own due date is an obligation of its lead and of each coordinating agency', async () => {
    expect(await obligations('so-tai-chinh-soc-trang')).toEqual([
      expect.objectContaining({
        kind: 'TASK',
        dueDate: '2021-06-15',
        recipientAgencyId: 'ubnd-soc-trang',
        source: expect.objectContaining({ sections: ['5.b'] }),
      }),
    ]);
    expect(await obligations('so-ldtbxh-soc-trang')).toEqual([
      expect.objectContaining({ kind: 'TASK', dueDate: '2021-06-15', source: expect.objectContaining({ sections: ['5.b'] }) }),
    ]);
  });

  it('shows DUE_SOON within 7 days of the deadline and records the approach once', async () => {
    at('2021-06-25T03:00:00Z');
    expect((await obligations('so-y-te-soc-trang', { status: ['DUE_SOON'] })).map((o) => o.id)).toEqual([Y_TE_H1]);
    expect(await obligations('so-y-te-soc-trang', { status: ['OVERDUE'] })).toEqual([]);
    const first = (await t.as(committee).ok(CHECK)).checkDeadlines;
    expect(first).toMatchObject({ today: '2021-06-25', projected: true });
    expect(first.overdueRecorded).toBeGreaterThanOrEqual(2); // the task 5.b, due 15/6, of Sở Tài chính and Sở LĐTBXH
    expect(first.approachingRecorded).toBeGreaterThanOrEqual(4);
    expect((await t.as(committee).ok(CHECK)).checkDeadlines).toMatchObject({ overdueRecorded: 0, approachingRecorded: 0 });
    expect((await history(`obligation-${Y_TE_H1}`)).filter((e) => e.type === 'DeadlineApproaching')).toHaveLength(1);
  });

  it('records a report never submitted as overdue exactly once, when the clock passes its due date', async () => {
    at('2021-06-30T16:00:00Z'); // 23:00 on 30/6 in Vietnam: still the due date
    await t.as(committee).ok(CHECK);
    expect((await history(`obligation-${GD_DT_H1}`)).map((e) => e.type)).not.toContain('ObligationOverdue');

    at('2021-06-30T17:30:00Z'); // 00:30 on 1/7 in Vietnam
    const check = (await t.as(committee).ok(CHECK)).checkDeadlines;
    expect(check).toMatchObject({ today: '2021-07-01' });
    expect(check.overdueRecorded).toBeGreaterThanOrEqual(2);
    expect((await t.as(committee).ok(CHECK)).checkDeadlines.overdueRecorded).toBe(0);
    at('2021-07-09T03:00:00Z');
    await t.as(committee).ok(CHECK);

    const overdue = (await history(`obligation-${GD_DT_H1}`)).filter((e) => e.type === 'ObligationOverdue');
    expect(overdue).toEqual([
      expect.objectContaining({ actor: 'user:test-committee', data: expect.objectContaining({ dueDate: '2021-06-30', detectedOn: '2021-07-01' }) }),
    ]);
    expect(await obligations('so-gddt-soc-trang', { status: ['OVERDUE'] })).toEqual([
      expect.objectContaining({ id: GD_DT_H1, overdueDeadlines: ['2021-06-30'] }),
    ]);
  });

  let beforeSubmission: string;
  let afterSubmission: string;

  it('shows a report submitted after its deadline as late; a second one is a resubmission; corrections stand beside the figures', async () => {
    beforeSubmission = new Date().toISOString();
    at('2021-07-12T03:00:00Z');
    const receipt = (
      await t
        .as(yTe)
        .ok(SUBMIT, { input: { obligationId: Y_TE_H1, figures: [{ code: 'TE-XAM-HAI', value: 7, unit: 'vụ' }], note: 'Báo cáo 6 tháng đầu năm 2021' } })
    ).submitReport;
    expect(receipt).toMatchObject({ streamIds: [`obligation-${Y_TE_H1}`], projected: true, changed: true });
    afterSubmission = (await history(`obligation-${Y_TE_H1}`)).at(-1)!.recordedAt;

    await t.as(yTe).ok(SUBMIT, { input: { obligationId: Y_TE_H1, figures: [{ code: 'TE-XAM-HAI', value: 8, unit: 'vụ' }], note: 'Bổ sung' } });
    await t.as(yTe).ok(CORRECT, {
      input: {
        obligationId: Y_TE_H1,
        submissionNumber: 1,
        corrections: [{ code: 'TE-XAM-HAI', value: 9, unit: 'vụ' }],
        reason: 'Số liệu Công an tỉnh chuyển muộn',
      },
    });
    const [h1] = (await obligations('so-y-te-soc-trang')).filter((o) => o.id === Y_TE_H1);
    expect(h1).toMatchObject({ status: 'SUBMITTED_LATE', onTime: false });
    expect(h1.submissions).toEqual([
      expect.objectContaining({
        submissionNumber: 1,
        timeliness: 'LATE',
        submittedOn: '2021-07-12',
        lateAgainstOriginal: true,
        figures: [{ code: 'TE-XAM-HAI', value: 7, unit: 'vụ' }],
        corrections: [{ reason: 'Số liệu Công an tỉnh chuyển muộn', figures: [{ code: 'TE-XAM-HAI', value: 9 }] }],
        currentFigures: [{ code: 'TE-XAM-HAI', value: 9 }],
      }),
      expect.objectContaining({ submissionNumber: 2, timeliness: 'RESUBMISSION', figures: [{ code: 'TE-XAM-HAI', value: 8, unit: 'vụ' }] }),
    ]);
  });

  it('answers as of a past instant from the log: before the submission the report was missing, after it, submitted late', async () => {
    const before = ofPlan((await t.as(committee).ok(OBLIGATIONS, { agency: 'so-y-te-soc-trang', asOf: beforeSubmission })).obligations);
    expect(before.find((o) => o.id === Y_TE_H1)).toMatchObject({ status: 'OVERDUE', submissions: [] });
    const after = ofPlan((await t.as(committee).ok(OBLIGATIONS, { agency: 'so-y-te-soc-trang', asOf: afterSubmission })).obligations);
    expect(after.find((o) => o.id === Y_TE_H1)).toMatchObject({
      status: 'SUBMITTED_LATE',
      submissions: [expect.objectContaining({ timeliness: 'LATE', corrections: [] })],
    });

    const complianceAt = async (asOf: string) =>
      (await t.as(committee).ok(COMPLIANCE, { agency: 'so-y-te-soc-trang', directiveId: PLAN_ID, year: 2021, asOf })).compliance.find(
        (row: { period: string }) => row.period === '2021-H1',
      );
    expect(await complianceAt(beforeSubmission)).toMatchObject({ onTime: 0, late: 0, missing: 1 });
    expect(await complianceAt(afterSubmission)).toMatchObject({ onTime: 0, late: 1, missing: 0 });
  });

  it('keeps extensions with their reason and document, and computes late rates against both deadlines', async () => {
    at('2021-11-20T03:00:00Z');
    expect(
      await t
        .as(gdDt)
        .errorCode(EXTEND, { input: { obligationId: GD_DT_2021, newDueDate: '2021-12-15', reason: 'Chờ số liệu', authorisingDocument: '125/UBND-VX' } }),
    ).toBe('FORBIDDEN');
    await t.as(committee).ok(EXTEND, {
      input: { obligationId: GD_DT_2021, newDueDate: '2021-12-15', reason: 'Chờ số liệu thống kê năm học', authorisingDocument: '125/UBND-VX' },
    });
    at('2021-12-10T03:00:00Z');
    await t.as(gdDt).ok(SUBMIT, { input: { obligationId: GD_DT_2021, figures: [], note: 'Báo cáo năm 2021' } });
    const annual = (await obligations('so-gddt-soc-trang')).find((o) => o.id === GD_DT_2021)!;
    expect(annual).toMatchObject({
      status: 'SUBMITTED_ON_TIME',
      dueDate: '2021-12-15',
      originalDueDate: '2021-11-30',
      deadlineChanges: [
        { kind: 'extension', previousDueDate: '2021-11-30', newDueDate: '2021-12-15', reason: 'Chờ số liệu thống kê năm học', document: '125/UBND-VX' },
      ],
      submissions: [expect.objectContaining({ timeliness: 'ON_TIME', lateAgainstOriginal: true })],
    });
    const rows = (await t.as(committee).ok(COMPLIANCE, { agency: 'so-gddt-soc-trang', directiveId: PLAN_ID, year: 2021 })).compliance;
    expect(rows).toEqual([
      { agencyId: 'so-gddt-soc-trang', period: '2021', onTime: 1, late: 0, missing: 0, pending: 0, extended: 1, lateRate: 0, lateRateAgainstOriginal: 1 },
      { agencyId: 'so-gddt-soc-trang', period: '2021-H1', onTime: 0, late: 0, missing: 1, pending: 0, extended: 0, lateRate: 1, lateRateAgainstOriginal: 1 },
    ]);
    const province = (await t.as(committee).ok(COMPLIANCE, { jurisdiction: 'soc-trang', directiveId: PLAN_ID, year: 2021 })).compliance;
    expect(province.map((row: { agencyId: string }) => row.agencyId)).toEqual(
      expect.arrayContaining(['cong-an-soc-trang', 'so-gddt-soc-trang', 'so-y-te-soc-trang', 'ubnd-ke-sach']),
    );
  });

  describe('refuses bad input with a clear error and writes nothing', () => {
    it.each<[string, () => Promise<string | undefined>, string]>([
      ['the obligations of an unknown agency', () => t.as(committee).errorCode(OBLIGATIONS, { agency: 'so-khong-ton-tai' }), 'NOT_FOUND'],
      [
        'a submission for an unknown obligation',
        () => t.as(yTe).errorCode(SUBMIT, { input: { obligationId: 'report:khong/co/2021/x', figures: [], note: 'x' } }),
        'NOT_FOUND',
      ],
      ['acknowledging an unknown task', () => t.as(yTe).errorCode(ACKNOWLEDGE, { taskId: `${PLAN_ID}/9.z/so-y-te-soc-trang` }), 'NOT_FOUND'],
      [
        'a submission for another agency’s obligation',
        () => t.as(gdDt).errorCode(SUBMIT, { input: { obligationId: reportId('bao-cao-nam', '2021', 'so-y-te-soc-trang'), figures: [], note: 'x' } }),
        'FORBIDDEN',
      ],
      [
        'a delegation outside the delegating agency’s jurisdiction',
        () =>
          t.as(ldtbxh).errorCode(DELEGATE, {
            input: { taskId: `${PLAN_ID}/2.a/so-ldtbxh-soc-trang`, toAgencyId: 'ubnd-son-duong', text: 'Tuyên truyền', dueDate: '2021-12-31' },
          }),
        'FORBIDDEN',
      ],
      [
        'a delegation to an unknown agency',
        () => t.as(ldtbxh).errorCode(DELEGATE, { input: { taskId: `${PLAN_ID}/2.a/so-ldtbxh-soc-trang`, toAgencyId: 'ubnd-atlantis', text: 'x' } }),
        'NOT_FOUND',
      ],
      [
        'progress above 100%',
        () => t.as(yTe).errorCode(PROGRESS, { input: { taskId: `${PLAN_ID}/1.đ/so-y-te-soc-trang`, percent: 150, summary: 'x' } }),
        'BAD_USER_INPUT',
      ],
      [
        'a figure that is not a number',
        () => t.as(yTe).errorCode(SUBMIT, { input: { obligationId: Y_TE_H1, figures: [{ code: 'A', value: 'nhiều', unit: 'vụ' }] } }),
        'BAD_USER_INPUT',
      ],
      [
        'an extension to an earlier date',
        () =>
          t.as(committee).errorCode(EXTEND, {
            input: { obligationId: reportId('bao-cao-nam', '2021', 'so-y-te-soc-trang'), newDueDate: '2021-10-01', reason: 'x', authorisingDocument: 'y' },
          }),
        'BAD_USER_INPUT',
      ],
      ['an operator command from an agency officer', () => t.as(yTe).errorCode(CHECK), 'FORBIDDEN'],
      ['a submission without a token', () => t.anonymous.errorCode(SUBMIT, { input: { obligationId: Y_TE_H1, figures: [], note: 'x' } }), 'UNAUTHENTICATED'],
    ])('%s', async (_label, attempt, code) => {
      const before = await logHead(t);
      expect(await attempt()).toBe(code);
      expect(await logHead(t)).toEqual(before);
    });
  });

  it('finds an agency registered after a read that did not know it (the agency check remembers a yes, never a no)', async () => {
    const agencyId = 'so-moi-thanh-lap-soc-trang';
    expect(await t.as(committee).errorCode(OBLIGATIONS, { agency: agencyId })).toBe('NOT_FOUND');
    await t.as(admin).ok(`mutation ($input: RegisterAgencyInput!) { registerAgency(input: $input) { changed } }`, {
      input: {
        agencyId,
        name: 'Sở mới thành lập',
        kind: 'DEPARTMENT',
        unitId: 'soc-trang',
        parentAgencyId: 'ubnd-soc-trang',
        functions: ['health'],
        effectiveFrom: '2021-01-01',
      },
    });
    // The directory follows the chart's events shortly after the registration.
    const deadline = Date.now() + 5000;
    let answer = await t.as(committee).request(OBLIGATIONS, { agency: agencyId });
    while (answer.errors?.[0]?.extensions?.code === 'NOT_FOUND' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await t.as(committee).request(OBLIGATIONS, { agency: agencyId });
    }
    expect(answer.errors).toBeUndefined();
    expect(answer.data.obligations).toEqual([]);
  });

  it('after a merger, the successor owes the predecessor’s open obligations and tasks; the original assignee stays in the history', async () => {
    at('2022-01-10T03:00:00Z');
    await t.as(admin).ok(`mutation ($input: RegisterAgencyInput!) { registerAgency(input: $input) { changed } }`, {
      input: {
        agencyId: 'so-y-te-dan-so-soc-trang',
        name: 'Sở Y tế và Dân số',
        kind: 'DEPARTMENT',
        unitId: 'soc-trang',
        parentAgencyId: 'ubnd-soc-trang',
        functions: ['population'],
        effectiveFrom: '2010-01-01',
      },
    });
    await t.as(admin).ok(`mutation ($input: MergeAgenciesInput!) { mergeAgencies(input: $input) { projected } }`, {
      input: {
        predecessorAgencyIds: ['so-y-te-soc-trang'],
        successorAgencyId: 'so-y-te-dan-so-soc-trang',
        effectiveFrom: '2022-01-01',
        decision: '15/QĐ-UBND',
      },
    });

    const successorOwes = await obligations('so-y-te-dan-so-soc-trang');
    expect(successorOwes.map((o) => [o.period, o.originalAgencyId, o.status])).toEqual([
      ['2021', 'so-y-te-soc-trang', 'OVERDUE'],
      ['2022-H1', 'so-y-te-soc-trang', 'OPEN'],
      ['2022', 'so-y-te-soc-trang', 'OPEN'],
    ]);
    expect(successorOwes[0].reassignments).toEqual([
      { fromAgencyId: 'so-y-te-soc-trang', toAgencyId: 'so-y-te-dan-so-soc-trang', reason: 'merger', effectiveFrom: '2022-01-01', decision: '15/QĐ-UBND' },
    ]);
    expect((await obligations('so-y-te-soc-trang')).map((o) => [o.id, o.status])).toEqual([[Y_TE_H1, 'SUBMITTED_LATE']]);

    const tasks = (await t.as(committee).ok(AGENCY_TASKS, { agency: 'so-y-te-dan-so-soc-trang' })).agencyTasks.filter(
      (task: { directiveId: string }) => task.directiveId === PLAN_ID,
    );
    expect(tasks.map((task: { section: string; originalAgencyId: string }) => [task.section, task.originalAgencyId]).sort()).toEqual([
      ['1.đ', 'so-y-te-soc-trang'],
      ['4.d', 'so-y-te-soc-trang'],
      ['4.đ', 'so-y-te-soc-trang'],
    ]);
    const events = await history(`obligation-${reportId('bao-cao-6-thang', '2022-H1', 'so-y-te-soc-trang')}`);
    expect(events.map((e) => e.type)).toEqual(['ObligationOpened', 'ObligationReassigned']);
    expect(events[0].data.assigneeAgencyId).toBe('so-y-te-soc-trang');

    const successor = officerOf('so-y-te-dan-so-soc-trang');
    await t
      .as(successor)
      .ok(SUBMIT, { input: { obligationId: reportId('bao-cao-nam', '2021', 'so-y-te-soc-trang'), figures: [], note: 'Báo cáo năm 2021 (bổ sung)' } });
    expect(
      await t.as(yTe).errorCode(SUBMIT, { input: { obligationId: reportId('bao-cao-6-thang', '2022-H1', 'so-y-te-soc-trang'), figures: [], note: 'x' } }),
    ).toBe('FORBIDDEN');
  });
});
