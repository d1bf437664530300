import { Actor } from '@cpp/access';
import { admin, committee, startTestPlatform, TestPlatform } from '../support/platform-harness';

/**
 * An interdisciplinary check of a social-assistance facility in Sóc Trăng (Sóc Trăng plan,
 * section II.3.a: Sở LĐTBXH leads, with Sở GD&ĐT and Công an tỉnh), its follow-up, and a
 * later inspection of the same facility that finds the same shortcoming again.
 */
const lead: Actor = { subject: 'tv-ldtbxh-st', name: 'Nguyễn Văn An', agencyId: 'so-ldtbxh-soc-trang', roles: ['inspector'] };
const educationMember: Actor = { subject: 'tv-gddt-st', name: 'Trần Thị Bình', agencyId: 'so-gddt-soc-trang', roles: ['inspector'] };
const policeMember: Actor = { subject: 'tv-cong-an-st', name: 'Lê Văn Cường', agencyId: 'cong-an-soc-trang', roles: ['inspector'] };
const outsider: Actor = { subject: 'tv-ngoai-doan', name: 'Thanh tra viên ngoài đoàn', agencyId: 'so-ldtbxh-soc-trang', roles: ['inspector'] };
const facilityOfficer: Actor = { subject: 'can-bo-ttbtxh', name: 'Cán bộ Trung tâm', agencyId: 'ttbtxh-soc-trang', roles: ['agency-officer'] };
const healthOfficer: Actor = { subject: 'can-bo-so-y-te', name: 'Cán bộ Sở Y tế', agencyId: 'so-y-te-soc-trang', roles: ['agency-officer'] };

const FACILITY = 'ttbtxh-soc-trang-co-so';
const FIRST = 'kt-ttbtxh-soc-trang-2024';
const LATER = 'kt-ttbtxh-soc-trang-2025';
const HASH = (c: string) => c.repeat(64);

const RECEIPT = '{ streamIds revision projected changed }';
const PLAN = `mutation ($input: PlanInspectionInput!) { planInspection(input: $input) ${RECEIPT} }`;
const START = `mutation ($input: StartInspectionInput!) { startInspection(input: $input) ${RECEIPT} }`;
const RECORD = `mutation ($input: RecordFindingInput!) { recordFinding(input: $input) ${RECEIPT} }`;
const REVISE = `mutation ($input: ReviseFindingInput!) { reviseFinding(input: $input) ${RECEIPT} }`;
const RECOMMEND = `mutation ($input: IssueRecommendationInput!) { issueRecommendation(input: $input) ${RECEIPT} }`;
const REPORT = `mutation ($input: ReportCorrectiveActionInput!) { reportCorrectiveAction(input: $input) ${RECEIPT} }`;
const CLOSE = `mutation ($input: CloseRecommendationInput!) { closeRecommendation(input: $input) ${RECEIPT} }`;
const REOPEN = `mutation ($input: ReopenRecommendationInput!) { reopenRecommendation(input: $input) ${RECEIPT} }`;
const SANCTION = `mutation ($input: RecordSanctionInput!) { recordSanction(input: $input) ${RECEIPT} }`;
const DRAFT = `mutation ($input: DraftConclusionInput!) { draftConclusion(input: $input) ${RECEIPT} }`;
const APPRAISE = `mutation ($input: AppraiseConclusionInput!) { appraiseConclusion(input: $input) ${RECEIPT} }`;
const ISSUE = `mutation ($input: IssueConclusionInput!) { issueConclusion(input: $input) ${RECEIPT} }`;

const FINDING_FIELDS = `inspectionId findingId target { targetId kind name unitId agencyId } criterionCode conformity severity description evidence { title contentHash }
  observedOn revision recordedBy revisedBy recurring recurrenceOf { inspectionId findingId observedOn } followUp recommendations { recommendationId status dueDate }`;
const INSPECTION = `query ($id: ID!) { inspection(id: $id) {
  id kind title theme leadAgencyId leadAgencyName memberAgencyIds status startedOn
  members { subject name agencyId role } targets { targetId kind name unitId agencyId }
  plan { number title contentHash } outline { number title contentHash }
  findings { ${FINDING_FIELDS} }
  recommendations { recommendationId findingIds responsibleAgencyId responsibleAgencyName issuingAgencyId correctiveAction dueDate issuedOn status reportedAction reportedOn verification closedOn reopenReason reopenedOn timesReopened }
  sanctions { sanctionId targetId findingIds personRole personName measure legalBasis decisionNumber decidedOn }
  conclusion { status summary draftedOn appraisalOpinion appraisedOn appraisedBy number issuedOn }
} }`;
const FINDINGS = `query ($target: ID, $agency: ID, $locality: ID, $theme: InspectionTheme, $from: LocalDate, $to: LocalDate, $first: Int, $after: String) {
  inspectionFindings(target: $target, agency: $agency, locality: $locality, theme: $theme, from: $from, to: $to, first: $first, after: $after) {
    totalCount hasNextPage endCursor items { ${FINDING_FIELDS} }
  } }`;
const RECOMMENDATIONS = `query ($agency: ID, $status: InspectionRecommendationStatus) { inspectionRecommendations(responsibleAgency: $agency, status: $status) { inspectionId recommendationId status dueDate } }`;
const OBLIGATIONS = `query ($agency: ID!) { obligations(agency: $agency) { kind title agencyId recipientAgencyId dueDate status overdueDeadlines source { type inspectionId recommendationId } } }`;
const CHECK_DEADLINES = `mutation { checkDeadlines { today overdueRecorded } }`;
const FOLLOW_UP = `query ($agency: ID) { recommendationFollowUp(responsibleAgency: $agency) { responsibleAgencyId responsibleAgencyName open overdue reported closed reopened } }`;

const team = [
  { subject: lead.subject, name: lead.name, agencyId: 'so-ldtbxh-soc-trang', role: 'HEAD' },
  { subject: educationMember.subject, name: educationMember.name, agencyId: 'so-gddt-soc-trang', role: 'MEMBER' },
  { subject: policeMember.subject, name: policeMember.name, agencyId: 'cong-an-soc-trang', role: 'SECRETARY' },
];
const facilityTarget = {
  kind: 'FACILITY',
  targetId: FACILITY,
  name: 'Trung tâm Bảo trợ xã hội tỉnh Sóc Trăng',
  unitId: 'soc-trang',
  agencyId: 'ttbtxh-soc-trang',
};
const planInput = (inspectionId: string, change: Record<string, unknown> = {}) => ({
  inspectionId,
  kind: 'KIEM_TRA',
  title: 'Kiểm tra liên ngành công tác bảo vệ trẻ em, phòng, chống xâm hại trẻ em tại cơ sở trợ giúp xã hội',
  theme: 'ABUSE_PREVENTION',
  leadAgencyId: 'so-ldtbxh-soc-trang',
  memberAgencyIds: ['so-gddt-soc-trang', 'cong-an-soc-trang'],
  members: team,
  targets: [facilityTarget],
  periodFrom: '2024-06-10',
  periodTo: '2024-06-20',
  plan: { number: '45/KH-SLĐTBXH', title: 'Kế hoạch kiểm tra liên ngành năm 2024' },
  outline: { title: 'Đề cương kiểm tra công tác bảo vệ trẻ em tại cơ sở trợ giúp xã hội', contentHash: HASH('a') },
  plannedOn: '2024-05-20',
  ...change,
});
const staffingFinding = (inspectionId: string, findingId: string, observedOn: string) => ({
  inspectionId,
  findingId,
  targetId: FACILITY,
  criterionCode: 'dinh-muc-nhan-vien-cham-soc',
  criterion: 'Định mức nhân viên chăm sóc trực tiếp trẻ em',
  legalBasis: 'Điều 19 Nghị định 103/2017/NĐ-CP',
  conformity: 'NONCONFORMING',
  severity: 'VIOLATION',
  description: 'Một nhân viên chăm sóc 12 trẻ em dưới 3 tuổi, vượt định mức',
  evidence: [{ title: 'Bảng phân công ca trực tháng 5', contentHash: HASH('b') }],
  observedOn,
});

/** The staffing finding's full content as an edit sends it, with the revision the editor read. */
const staffingRevision = (expectedRevision: number, description: string) => {
  const { criterion, legalBasis, conformity, severity, evidence } = staffingFinding(FIRST, 'f-nhan-vien', '2024-06-11');
  return { inspectionId: FIRST, findingId: 'f-nhan-vien', expectedRevision, criterion, legalBasis, conformity, severity, evidence, description };
};

describe('inspections over GraphQL (HTTP, embedded platform with demo data)', () => {
  let t: TestPlatform;
  const COUNTS = `query ($year: Int!, $agency: ID) { inspectionCounts(year: $year, agency: $agency) { agencyId year planned inProgress concluded } }`;
  const counts = async (year: number, agency: string) => {
    const [count] = (await t.as(committee).ok(COUNTS, { year, agency })).inspectionCounts;
    return count ?? { agencyId: agency, year, planned: 0, inProgress: 0, concluded: 0 };
  };
  let educationIn2024: { planned: number; concluded: number };
  let policeIn2025: { planned: number; inProgress: number };

  beforeAll(async () => {
    t = await startTestPlatform({ now: '2024-06-01T03:00:00Z' });
    await t.as(admin).ok(`mutation ($input: RegisterAgencyInput!) { registerAgency(input: $input) { changed } }`, {
      input: {
        agencyId: 'ttbtxh-soc-trang',
        name: 'Trung tâm Bảo trợ xã hội tỉnh Sóc Trăng',
        kind: 'SERVICE_PROVIDER',
        unitId: 'soc-trang',
        parentAgencyId: 'so-ldtbxh-soc-trang',
        functions: ['social-assistance'],
        effectiveFrom: '2015-01-01',
      },
    });
    educationIn2024 = await counts(2024, 'so-gddt-soc-trang');
    policeIn2025 = await counts(2025, 'cong-an-soc-trang');
  }, 120000);
  afterAll(() => t?.stop());

  async function logHead() {
    const response = await fetch(`${t.platform.url}/health`);
    return ((await response.json()) as { log: { head: unknown } }).log.head;
  }
  const inspection = async (id: string) => (await t.as(committee).ok(INSPECTION, { id })).inspection;

  it('refuses a thanh tra led by a department under the 2025 law and writes nothing', async () => {
    const before = await logHead();
    const underNewLaw = planInput('tt-ldtbxh-2025', { kind: 'THANH_TRA', plannedOn: '2025-08-01', periodFrom: '2025-08-10', periodTo: '2025-08-20' });
    expect(await t.as(lead).errorCode(PLAN, { input: underNewLaw })).toBe('BAD_USER_INPUT');
    expect(await t.as(facilityOfficer).errorCode(PLAN, { input: planInput('kt-by-officer') })).toBe('FORBIDDEN');
    expect(await logHead()).toEqual(before);
  });

  it('plans the interdisciplinary check of the facility with members from Sở LĐTBXH, Sở GD&ĐT and Công an tỉnh', async () => {
    const receipt = (await t.as(lead).ok(PLAN, { input: planInput(FIRST) })).planInspection;
    expect(receipt).toMatchObject({ streamIds: [`inspection-${FIRST}`], revision: 0, projected: true, changed: true });
    expect(await inspection(FIRST)).toMatchObject({
      id: FIRST,
      kind: 'KIEM_TRA',
      theme: 'ABUSE_PREVENTION',
      leadAgencyId: 'so-ldtbxh-soc-trang',
      leadAgencyName: 'Sở Lao động - Thương binh và Xã hội',
      memberAgencyIds: ['so-gddt-soc-trang', 'cong-an-soc-trang'],
      status: 'planned',
      members: team,
      targets: [facilityTarget],
      plan: { number: '45/KH-SLĐTBXH', contentHash: null },
      outline: { number: null, contentHash: HASH('a') },
      conclusion: { status: 'none' },
    });
  });

  it('records two findings by members of the team; a non-member’s finding is refused with FORBIDDEN and nothing is written', async () => {
    await t.as(lead).ok(START, { input: { inspectionId: FIRST, startedOn: '2024-06-10' } });
    await t.as(lead).ok(RECORD, { input: staffingFinding(FIRST, 'f-nhan-vien', '2024-06-11') });
    await t.as(educationMember).ok(RECORD, {
      input: {
        inspectionId: FIRST,
        findingId: 'f-quy-trinh-bao-ve',
        targetId: FACILITY,
        criterionCode: 'quy-trinh-tiep-nhan-xu-ly',
        criterion: 'Quy trình tiếp nhận, xử lý thông tin về trẻ em bị xâm hại',
        legalBasis: 'Điều 46 Nghị định 56/2017/NĐ-CP',
        conformity: 'CONFORMING',
        description: 'Có quy trình, niêm yết công khai số Tổng đài 111',
        observedOn: '2024-06-12',
      },
    });

    const before = await logHead();
    expect(await t.as(outsider).errorCode(RECORD, { input: staffingFinding(FIRST, 'f-ngoai-doan', '2024-06-12') })).toBe('FORBIDDEN');
    expect(await t.as(facilityOfficer).errorCode(RECORD, { input: staffingFinding(FIRST, 'f-can-bo', '2024-06-12') })).toBe('FORBIDDEN');
    expect(await logHead()).toEqual(before);

    const { findings, status } = await inspection(FIRST);
    expect(status).toBe('in-progress');
    expect(findings).toEqual([
      expect.objectContaining({
        findingId: 'f-nhan-vien',
        conformity: 'NONCONFORMING',
        severity: 'VIOLATION',
        revision: 0,
        recordedBy: lead.subject,
        recurring: false,
        followUp: 'NONE',
      }),
      expect.objectContaining({ findingId: 'f-quy-trinh-bao-ve', conformity: 'CONFORMING', severity: null, recordedBy: educationMember.subject }),
    ]);
  });

  it('refuses a finding with evidence that is not a content hash, or on a target outside the plan', async () => {
    expect(
      await t
        .as(lead)
        .errorCode(RECORD, { input: { ...staffingFinding(FIRST, 'f-sai', '2024-06-12'), evidence: [{ title: 'Ảnh', contentHash: 'z'.repeat(64) }] } }),
    ).toBe('BAD_USER_INPUT');
    expect(await t.as(lead).errorCode(RECORD, { input: { ...staffingFinding(FIRST, 'f-sai', '2024-06-12'), targetId: 'truong-khac' } })).toBe('BAD_USER_INPUT');
  });

  it('two inspectors editing the same finding at once: one succeeds, the other gets CONFLICT, never a silent overwrite', async () => {
    const edit = (actor: Actor, description: string) => t.as(actor).request(REVISE, { input: staffingRevision(0, description) });
    const [first, second] = await Promise.all([
      edit(lead, 'Bản của trưởng đoàn: 1 nhân viên / 12 trẻ'),
      edit(educationMember, 'Bản của thành viên: 1 nhân viên / 14 trẻ'),
    ]);
    const outcomes = [first, second].map((response) => (response.errors ? response.errors[0].extensions?.code : 'ok'));
    expect(outcomes.sort()).toEqual(['CONFLICT', 'ok']);
    const winner = first.errors ? 'Bản của thành viên: 1 nhân viên / 14 trẻ' : 'Bản của trưởng đoàn: 1 nhân viên / 12 trẻ';
    const finding = (await inspection(FIRST)).findings.find((f: { findingId: string }) => f.findingId === 'f-nhan-vien');
    expect(finding).toMatchObject({ revision: 1, description: winner });

    expect(await t.as(lead).errorCode(REVISE, { input: staffingRevision(0, 'Ghi đè bản đã sửa?') })).toBe('CONFLICT');
    const unchanged = (await t.as(lead).ok(REVISE, { input: staffingRevision(1, winner) })).reviseFinding;
    expect(unchanged).toMatchObject({ changed: false, streamIds: [] });
    expect((await inspection(FIRST)).findings[0]).toMatchObject({ revision: 1 });
  });

  const recommendationObligation = async () => {
    const { obligations } = await t.as(facilityOfficer).ok(OBLIGATIONS, { agency: 'ttbtxh-soc-trang' });
    return obligations.filter((o: { source: { recommendationId: string | null } }) => o.source.recommendationId === 'kn-bo-sung-nhan-vien');
  };

  it('issues a recommendation to the facility; it is open, then overdue once the clock passes its deadline', async () => {
    await t.as(lead).ok(RECOMMEND, {
      input: {
        inspectionId: FIRST,
        recommendationId: 'kn-bo-sung-nhan-vien',
        findingIds: ['f-nhan-vien'],
        responsibleAgencyId: 'ttbtxh-soc-trang',
        correctiveAction: 'Bổ sung nhân viên chăm sóc trực tiếp theo định mức',
        dueDate: '2024-09-30',
        issuedOn: '2024-06-20',
      },
    });
    expect(
      await t.as(lead).errorCode(RECOMMEND, {
        input: {
          inspectionId: FIRST,
          recommendationId: 'kn-sai',
          findingIds: ['f-quy-trinh-bao-ve'],
          responsibleAgencyId: 'ttbtxh-soc-trang',
          correctiveAction: 'x'.repeat(5),
          dueDate: '2024-09-30',
        },
      }),
    ).toBe('BAD_USER_INPUT');

    const { recommendations, findings } = await inspection(FIRST);
    expect(recommendations).toEqual([
      expect.objectContaining({
        recommendationId: 'kn-bo-sung-nhan-vien',
        findingIds: ['f-nhan-vien'],
        responsibleAgencyId: 'ttbtxh-soc-trang',
        responsibleAgencyName: 'Trung tâm Bảo trợ xã hội tỉnh Sóc Trăng',
        issuingAgencyId: 'so-ldtbxh-soc-trang',
        status: 'OPEN',
      }),
    ]);
    expect(findings[0]).toMatchObject({ followUp: 'OPEN', recommendations: [{ recommendationId: 'kn-bo-sung-nhan-vien', status: 'OPEN' }] });
    expect(await recommendationObligation()).toEqual([
      {
        kind: 'RECOMMENDATION',
        title: 'Bổ sung nhân viên chăm sóc trực tiếp theo định mức',
        agencyId: 'ttbtxh-soc-trang',
        recipientAgencyId: 'so-ldtbxh-soc-trang',
        dueDate: '2024-09-30',
        status: 'OPEN',
        overdueDeadlines: [],
        source: { type: 'inspection', inspectionId: FIRST, recommendationId: 'kn-bo-sung-nhan-vien' },
      },
    ]);

    t.clock.set('2024-10-01T03:00:00Z');
    await t.as(committee).ok(CHECK_DEADLINES);
    expect(await recommendationObligation()).toEqual([expect.objectContaining({ status: 'OVERDUE', overdueDeadlines: ['2024-09-30'] })]);
    expect((await t.as(committee).ok(RECOMMENDATIONS, { agency: 'ttbtxh-soc-trang', status: 'OVERDUE' })).inspectionRecommendations).toEqual([
      { inspectionId: FIRST, recommendationId: 'kn-bo-sung-nhan-vien', status: 'OVERDUE', dueDate: '2024-09-30' },
    ]);
    expect((await t.as(committee).ok(FOLLOW_UP, { agency: 'ttbtxh-soc-trang' })).recommendationFollowUp).toEqual([
      {
        responsibleAgencyId: 'ttbtxh-soc-trang',
        responsibleAgencyName: 'Trung tâm Bảo trợ xã hội tỉnh Sóc Trăng',
        open: 0,
        overdue: 1,
        reported: 0,
        closed: 0,
        reopened: 0,
      },
    ]);
  });

  it('concludes: issuing before appraisal is refused; the team drafts, someone outside it appraises, then it is issued with its number', async () => {
    expect(await t.as(lead).errorCode(ISSUE, { input: { inspectionId: FIRST, conclusionNumber: '15/KL-SLĐTBXH', issuedOn: '2024-06-28' } })).toBe('CONFLICT');
    await t
      .as(lead)
      .ok(DRAFT, { input: { inspectionId: FIRST, summary: 'Trung tâm chưa bảo đảm định mức nhân viên chăm sóc trực tiếp', draftedOn: '2024-06-21' } });
    expect(await t.as(lead).errorCode(ISSUE, { input: { inspectionId: FIRST, conclusionNumber: '15/KL-SLĐTBXH', issuedOn: '2024-06-28' } })).toBe('CONFLICT');
    expect(await t.as(lead).errorCode(APPRAISE, { input: { inspectionId: FIRST, opinion: 'Tự thẩm định', appraisedOn: '2024-06-25' } })).toBe('FORBIDDEN');
    await t.as(committee).ok(APPRAISE, { input: { inspectionId: FIRST, opinion: 'Thống nhất dự thảo kết luận', appraisedOn: '2024-06-25' } });
    expect(await t.as(committee).errorCode(ISSUE, { input: { inspectionId: FIRST, conclusionNumber: 'số mười lăm', issuedOn: '2024-06-28' } })).toBe(
      'BAD_USER_INPUT',
    );
    await t.as(committee).ok(ISSUE, { input: { inspectionId: FIRST, conclusionNumber: '15/KL-SLĐTBXH', issuedOn: '2024-06-28' } });

    const concluded = await inspection(FIRST);
    expect(concluded).toMatchObject({
      status: 'concluded',
      conclusion: {
        status: 'issued',
        number: '15/KL-SLĐTBXH',
        issuedOn: '2024-06-28',
        appraisedOn: '2024-06-25',
        appraisedBy: committee.subject,
        draftedOn: '2024-06-21',
      },
    });
    expect(await t.as(lead).errorCode(RECORD, { input: staffingFinding(FIRST, 'f-muon', '2024-06-29') })).toBe('CONFLICT');
  });

  it('records the accountability of the facility’s head: role and name only', async () => {
    const input = {
      inspectionId: FIRST,
      sanctionId: 'kiem-diem-giam-doc',
      targetId: FACILITY,
      findingIds: ['f-nhan-vien'],
      personRole: 'HEAD_OF_FACILITY',
      personName: 'Giám đốc Trung tâm',
      measure: 'ACCOUNTABILITY_REVIEW',
      legalBasis: 'Nghị định 112/2020/NĐ-CP',
      decisionNumber: '120/QĐ-SLĐTBXH',
      decidedOn: '2024-07-10',
    };
    expect(await t.as(outsider).errorCode(SANCTION, { input })).toBe('FORBIDDEN');
    await t.as(lead).ok(SANCTION, { input });
    const { inspectionId: _inspection, ...recorded } = input;
    expect((await inspection(FIRST)).sanctions).toEqual([recorded]);
  });

  it('follows up: only the responsible agency reports; the team reopens with a new deadline, then verifies and closes', async () => {
    const ref = { inspectionId: FIRST, recommendationId: 'kn-bo-sung-nhan-vien' };
    expect(await t.as(healthOfficer).errorCode(REPORT, { input: { ...ref, action: 'Không phải việc của Sở Y tế' } })).toBe('FORBIDDEN');
    expect(await t.as(lead).errorCode(CLOSE, { input: { ...ref, verification: 'Chưa có báo cáo' } })).toBe('CONFLICT');

    await t.as(facilityOfficer).ok(REPORT, { input: { ...ref, action: 'Đã tuyển thêm 3 nhân viên chăm sóc', reportedOn: '2024-10-05' } });
    expect((await t.as(committee).ok(RECOMMENDATIONS, { agency: 'ttbtxh-soc-trang' })).inspectionRecommendations[0]).toMatchObject({ status: 'REPORTED' });

    await t.as(policeMember).ok(REOPEN, { input: { ...ref, reason: 'Hai nhân viên mới đã nghỉ việc', reopenedOn: '2024-10-20', newDueDate: '2024-12-31' } });
    let [recommendation] = (await inspection(FIRST)).recommendations;
    expect(recommendation).toMatchObject({ status: 'REOPENED', dueDate: '2024-12-31', reopenReason: 'Hai nhân viên mới đã nghỉ việc', timesReopened: 1 });

    await t.as(facilityOfficer).ok(REPORT, { input: { ...ref, action: 'Ký hợp đồng dài hạn với 3 nhân viên', reportedOn: '2024-11-15' } });
    await t.as(educationMember).ok(CLOSE, { input: { ...ref, verification: 'Kiểm tra lại: đủ định mức 1/6', closedOn: '2024-12-01' } });
    [recommendation] = (await inspection(FIRST)).recommendations;
    expect(recommendation).toMatchObject({
      status: 'CLOSED',
      reportedAction: 'Ký hợp đồng dài hạn với 3 nhân viên',
      verification: 'Kiểm tra lại: đủ định mức 1/6',
      closedOn: '2024-12-01',
    });
    expect((await t.as(committee).ok(FOLLOW_UP, { agency: 'ttbtxh-soc-trang' })).recommendationFollowUp[0]).toMatchObject({ open: 0, overdue: 0, closed: 1 });
    expect(await recommendationObligation()).toEqual([expect.objectContaining({ status: 'DONE', dueDate: '2024-12-31' })]);
  });

  it('a later inspection of the same facility flags the finding that repeats the earlier one', async () => {
    t.clock.set('2025-03-01T03:00:00Z');
    await t.as(lead).ok(PLAN, {
      input: planInput(LATER, {
        plannedOn: '2025-03-01',
        periodFrom: '2025-03-10',
        periodTo: '2025-03-14',
        plan: { number: '12/KH-SLĐTBXH', title: 'Kế hoạch kiểm tra năm 2025' },
      }),
    });
    await t.as(lead).ok(START, { input: { inspectionId: LATER, startedOn: '2025-03-10' } });
    await t.as(policeMember).ok(RECORD, { input: staffingFinding(LATER, 'f-nhan-vien-2025', '2025-03-11') });
    await t.as(policeMember).ok(RECORD, {
      input: {
        ...staffingFinding(LATER, 'f-camera-2025', '2025-03-11'),
        criterionCode: 'giam-sat-an-ninh',
        criterion: 'Camera giám sát khu vực sinh hoạt của trẻ em',
        severity: 'SHORTCOMING',
      },
    });

    const { findings } = await inspection(LATER);
    expect(findings.find((f: { findingId: string }) => f.findingId === 'f-nhan-vien-2025')).toMatchObject({
      recurring: true,
      recurrenceOf: { inspectionId: FIRST, findingId: 'f-nhan-vien', observedOn: '2024-06-11' },
    });
    expect(findings.find((f: { findingId: string }) => f.findingId === 'f-camera-2025')).toMatchObject({ recurring: false, recurrenceOf: null });
  });

  it('answers the history of findings per target, agency, locality, theme and period, newest first, page by page', async () => {
    const byTarget = (await t.as(committee).ok(FINDINGS, { target: FACILITY })).inspectionFindings;
    expect(byTarget.totalCount).toBe(4);
    expect(byTarget.items.map((f: { findingId: string }) => f.findingId)).toEqual(['f-camera-2025', 'f-nhan-vien-2025', 'f-quy-trinh-bao-ve', 'f-nhan-vien']);
    expect(byTarget.items[3]).toMatchObject({ followUp: 'CLOSED', recommendations: [{ recommendationId: 'kn-bo-sung-nhan-vien', status: 'CLOSED' }] });

    const page1 = (await t.as(committee).ok(FINDINGS, { target: FACILITY, first: 3 })).inspectionFindings;
    const page2 = (await t.as(committee).ok(FINDINGS, { target: FACILITY, first: 3, after: page1.endCursor })).inspectionFindings;
    expect(page1).toMatchObject({ totalCount: 4, hasNextPage: true });
    expect(page2).toMatchObject({ totalCount: 4, hasNextPage: false, items: [{ findingId: 'f-nhan-vien' }] });
    expect(await t.as(committee).errorCode(FINDINGS, { target: FACILITY, after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');

    const inPeriod = (await t.as(committee).ok(FINDINGS, { target: FACILITY, from: '2024-01-01', to: '2024-12-31' })).inspectionFindings;
    expect(inPeriod.items.map((f: { findingId: string }) => f.findingId)).toEqual(['f-quy-trinh-bao-ve', 'f-nhan-vien']);

    const byAgency = (await t.as(committee).ok(FINDINGS, { agency: 'ttbtxh-soc-trang' })).inspectionFindings;
    expect(byAgency.totalCount).toBe(4);
    const inProvince = (await t.as(committee).ok(FINDINGS, { locality: 'soc-trang', theme: 'ABUSE_PREVENTION', first: 100 })).inspectionFindings;
    expect(inProvince.items.map((f: { findingId: string }) => f.findingId)).toEqual(expect.arrayContaining(['f-nhan-vien', 'f-nhan-vien-2025']));
    const elsewhere = (await t.as(committee).ok(FINDINGS, { locality: 'tuyen-quang', target: FACILITY })).inspectionFindings;
    expect(elsewhere).toMatchObject({ totalCount: 0, items: [], endCursor: null });
  });

  it('counts the inspections planned and done per agency and year', async () => {
    expect(await counts(2024, 'so-gddt-soc-trang')).toMatchObject({
      agencyId: 'so-gddt-soc-trang',
      year: 2024,
      planned: educationIn2024.planned + 1,
      concluded: educationIn2024.concluded + 1,
    });
    expect(await counts(2025, 'cong-an-soc-trang')).toMatchObject({
      agencyId: 'cong-an-soc-trang',
      year: 2025,
      planned: policeIn2025.planned + 1,
      inProgress: policeIn2025.inProgress + 1,
    });
    const list = (await t.as(committee).ok(`query { inspections(agency: "cong-an-soc-trang", year: 2025) { id status } }`)).inspections;
    expect(list).toContainEqual({ id: LATER, status: 'in-progress' });
  });

  it('keeps who did what in the inspection’s stream history', async () => {
    const { streamHistory } = await t
      .as(committee)
      .ok(`query ($streamId: String!) { streamHistory(streamId: $streamId) { type actor } }`, { streamId: `inspection-${FIRST}` });
    expect(streamHistory.slice(0, 4)).toEqual([
      { type: 'InspectionPlanned', actor: `user:${lead.subject}` },
      { type: 'InspectionStarted', actor: `user:${lead.subject}` },
      { type: 'FindingRecorded', actor: `user:${lead.subject}` },
      { type: 'FindingRecorded', actor: `user:${educationMember.subject}` },
    ]);
    expect(streamHistory.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['RecommendationIssued', 'CorrectiveActionReported', 'RecommendationReopened', 'RecommendationClosed', 'ConclusionIssued']),
    );
  });

  it('carries demo inspections drawn from the source documents’ themes, with a recurring finding at the social work centre', async () => {
    const transport = (await t.as(committee).ok(`query { inspections(theme: SCHOOL_TRANSPORT) { id leadAgencyId kind } }`)).inspections;
    expect(transport).toContainEqual({ id: 'kt-gtvt-xe-dua-don-hoc-sinh-2023', leadAgencyId: 'so-gtvt-soc-trang', kind: 'KIEM_TRA' });
    const centre = (await t.as(committee).ok(FINDINGS, { target: 'ttctxh-soc-trang' })).inspectionFindings.items;
    expect(centre[0]).toMatchObject({
      findingId: 'f-quy-tac-ung-xu-2023',
      recurring: true,
      recurrenceOf: { inspectionId: 'kt-lien-nganh-bao-ve-tre-em-soc-trang-2021', findingId: 'f-quy-tac-ung-xu' },
    });
    const sonDuong = (await t.as(committee).ok(FINDINGS, { locality: 'tuyen-quang', theme: 'INJURY_AND_DROWNING' })).inspectionFindings.items;
    expect(sonDuong.map((f: { findingId: string }) => f.findingId)).toContain('f-bien-canh-bao');
    const thanhTra2025 = await inspection('tt-thanh-tra-tinh-bao-ve-tre-em-2025');
    expect(thanhTra2025).toMatchObject({ kind: 'THANH_TRA', leadAgencyId: 'thanh-tra-soc-trang', status: 'planned' });
  });
});
