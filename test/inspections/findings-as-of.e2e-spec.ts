import { Actor } from '@cpp/access';
import { committee, startTestPlatform, TestPlatform } from '../support/platform-harness';

/**
 * "What did the committee know at instant X" about a finding: recorded, answered by a
 * recommendation, then resolved (the recommendation verified and closed). Asked as of an
 * instant before the resolution the finding is open; after it, resolved; before it was
 * recorded, not there at all. The platform records events at its own clock_timestamp(), so
 * the instants are taken between the mutations.
 */
const lead: Actor = { subject: 'tv-asof-ldtbxh', name: 'Nguyễn Văn An', agencyId: 'so-ldtbxh-soc-trang', roles: ['inspector'] };
const district: Actor = { subject: 'can-bo-ke-sach', name: 'Cán bộ UBND huyện Kế Sách', agencyId: 'ubnd-ke-sach', roles: ['agency-officer'] };

const INSPECTION = 'kt-ke-sach-asof-2024';
/** A locality target is its own unit. */
const TARGET = 'ke-sach';
const HASH = (c: string) => c.repeat(64);
const RECEIPT = '{ changed }';
const mutation = (name: string, input: string) => `mutation ($input: ${input}!) { ${name}(input: $input) ${RECEIPT} }`;

const FINDINGS = `query ($target: ID, $agency: ID, $asOf: DateTime, $first: Int) {
  inspectionFindings(target: $target, agency: $agency, asOf: $asOf, first: $first) {
    items { inspectionId findingId description revision followUp recommendations { recommendationId status closedOn } }
  } }`;

const INSPECTION_FINDINGS = `query ($id: ID!, $asOf: DateTime) { inspection(id: $id) { findings(asOf: $asOf) { findingId description revision followUp } } }`;
const INSPECTION_RECOMMENDATIONS = `query ($id: ID!, $asOf: DateTime) {
  inspection(id: $id) { recommendations(asOf: $asOf) { recommendationId status reportedOn closedOn responsibleAgencyId } } }`;
const RECOMMENDATIONS = `query ($agency: ID, $asOf: DateTime) { inspectionRecommendations(responsibleAgency: $agency, asOf: $asOf) { recommendationId status reportedOn closedOn } }`;
const FOLLOW_UP = `query ($agency: ID, $asOf: DateTime) { recommendationFollowUp(responsibleAgency: $agency, asOf: $asOf) { open overdue reported closed reopened } }`;

describe('the history of findings as the platform knew it at an instant (GraphQL over HTTP)', () => {
  let t: TestPlatform;
  const instants: Record<'beforeFinding' | 'recorded' | 'revised' | 'recommended' | 'resolved', Date> = {} as never;
  const mark = async (name: keyof typeof instants) => {
    // One millisecond either side, so the instant falls strictly between two mutations' recording.
    await new Promise((resolve) => setTimeout(resolve, 2));
    instants[name] = new Date();
    await new Promise((resolve) => setTimeout(resolve, 2));
  };
  /** This inspection's findings in the answer (the demo inspected the district too). */
  const findings = async (variables: Record<string, unknown>) =>
    (await t.as(committee).ok(FINDINGS, { first: 100, ...variables })).inspectionFindings.items
      .filter((finding: { inspectionId: string }) => finding.inspectionId === INSPECTION)
      .map(({ inspectionId: _id, ...finding }: { inspectionId: string }) => finding);

  beforeAll(async () => {
    t = await startTestPlatform({ now: '2024-06-01T03:00:00Z' });
    await t.as(lead).ok(mutation('planInspection', 'PlanInspectionInput'), {
      input: {
        inspectionId: INSPECTION,
        kind: 'KIEM_TRA',
        title: 'Kiểm tra công tác bảo vệ trẻ em tại huyện Kế Sách',
        theme: 'ABUSE_PREVENTION',
        leadAgencyId: 'so-ldtbxh-soc-trang',
        memberAgencyIds: [],
        members: [{ subject: lead.subject, name: lead.name, agencyId: 'so-ldtbxh-soc-trang', role: 'HEAD' }],
        targets: [{ kind: 'LOCALITY', unitId: TARGET }],
        periodFrom: '2024-06-10',
        periodTo: '2024-06-20',
        plan: { number: '46/KH-SLĐTBXH', title: 'Kế hoạch kiểm tra năm 2024' },
        outline: { title: 'Đề cương kiểm tra', contentHash: HASH('c') },
        plannedOn: '2024-05-25',
      },
    });
    await t.as(lead).ok(mutation('startInspection', 'StartInspectionInput'), { input: { inspectionId: INSPECTION, startedOn: '2024-06-10' } });
    await mark('beforeFinding');
    const finding = {
      inspectionId: INSPECTION,
      findingId: 'f-ctv',
      targetId: TARGET,
      criterionCode: 'mang-luoi-cong-tac-vien',
      criterion: 'Mạng lưới cộng tác viên bảo vệ trẻ em cấp xã',
      legalBasis: 'Điều 14 Nghị định 56/2017/NĐ-CP',
      conformity: 'NONCONFORMING',
      severity: 'SHORTCOMING',
      description: 'Năm xã chưa có cộng tác viên',
      evidence: [{ title: 'Danh sách cộng tác viên', contentHash: HASH('d') }],
      observedOn: '2024-06-11',
    };
    await t.as(lead).ok(mutation('recordFinding', 'RecordFindingInput'), { input: finding });
    await mark('recorded');
    const { inspectionId, findingId, criterion, legalBasis, conformity, severity, evidence } = finding;
    await t.as(lead).ok(mutation('reviseFinding', 'ReviseFindingInput'), {
      input: {
        inspectionId,
        findingId,
        expectedRevision: 0,
        criterion,
        legalBasis,
        conformity,
        severity,
        evidence,
        description: 'Bốn xã chưa có cộng tác viên',
      },
    });
    await mark('revised');
    const ref = { inspectionId: INSPECTION, recommendationId: 'kn-ctv' };
    await t.as(lead).ok(mutation('issueRecommendation', 'IssueRecommendationInput'), {
      input: {
        ...ref,
        findingIds: ['f-ctv'],
        responsibleAgencyId: 'ubnd-ke-sach',
        correctiveAction: 'Bố trí cộng tác viên tại bốn xã',
        dueDate: '2024-12-31',
        issuedOn: '2024-06-25',
      },
    });
    await t.as(district).ok(mutation('reportCorrectiveAction', 'ReportCorrectiveActionInput'), {
      input: { ...ref, action: 'Đã bố trí cộng tác viên tại bốn xã', reportedOn: '2024-08-01' },
    });
    await mark('recommended');
    await t
      .as(lead)
      .ok(mutation('closeRecommendation', 'CloseRecommendationInput'), { input: { ...ref, verification: 'Đã kiểm tra: đủ', closedOn: '2024-08-15' } });
    await mark('resolved');
  }, 240000);
  afterAll(() => t?.stop());

  it('shows the finding open as of an instant before its resolution, resolved after, and absent before it was recorded', async () => {
    expect(await findings({ target: TARGET, asOf: instants.beforeFinding })).toEqual([]);
    expect(await findings({ target: TARGET, asOf: instants.recorded })).toEqual([
      { findingId: 'f-ctv', description: 'Năm xã chưa có cộng tác viên', revision: 0, followUp: 'NONE', recommendations: [] },
    ]);
    expect(await findings({ target: TARGET, asOf: instants.revised })).toEqual([
      { findingId: 'f-ctv', description: 'Bốn xã chưa có cộng tác viên', revision: 1, followUp: 'NONE', recommendations: [] },
    ]);
    expect(await findings({ target: TARGET, asOf: instants.recommended })).toEqual([
      expect.objectContaining({ followUp: 'REPORTED', recommendations: [{ recommendationId: 'kn-ctv', status: 'REPORTED', closedOn: null }] }),
    ]);
    const resolved = { followUp: 'CLOSED', recommendations: [{ recommendationId: 'kn-ctv', status: 'CLOSED', closedOn: '2024-08-15' }] };
    expect(await findings({ target: TARGET, asOf: instants.resolved })).toEqual([expect.objectContaining(resolved)]);
    // Today's answer (no asOf) is the last one known.
    expect(await findings({ target: TARGET })).toEqual([expect.objectContaining(resolved)]);
  });

  it('filters by the agency responsible for a recommendation only once the recommendation was known', async () => {
    const byAgency = async (asOf: Date) => (await findings({ agency: 'ubnd-ke-sach', asOf })).map((f: { findingId: string }) => f.findingId);
    expect(await byAgency(instants.recommended)).toContain('f-ctv');
    expect(await byAgency(instants.resolved)).toContain('f-ctv');
    // The locality inspected has no agency of its own: only the recommendation ties the finding to UBND Kế Sách.
    expect(await byAgency(instants.revised)).not.toContain('f-ctv');
  });

  it('answers one inspection’s findings, the recommendations and the follow-up counts as of the same instants', async () => {
    const ofInspection = async (asOf?: Date) => (await t.as(committee).ok(INSPECTION_FINDINGS, { id: INSPECTION, asOf })).inspection.findings;
    expect(await ofInspection(instants.beforeFinding)).toEqual([]);
    expect(await ofInspection(instants.recorded)).toEqual([{ findingId: 'f-ctv', description: 'Năm xã chưa có cộng tác viên', revision: 0, followUp: 'NONE' }]);
    expect(await ofInspection(instants.recommended)).toEqual([
      { findingId: 'f-ctv', description: 'Bốn xã chưa có cộng tác viên', revision: 1, followUp: 'REPORTED' },
    ]);
    expect(await ofInspection(instants.resolved)).toEqual([
      { findingId: 'f-ctv', description: 'Bốn xã chưa có cộng tác viên', revision: 1, followUp: 'CLOSED' },
    ]);

    const recommendation = async (asOf: Date) =>
      (await t.as(committee).ok(RECOMMENDATIONS, { agency: 'ubnd-ke-sach', asOf })).inspectionRecommendations.filter(
        (r: { recommendationId: string }) => r.recommendationId === 'kn-ctv',
      );
    expect(await recommendation(instants.revised)).toEqual([]);
    expect(await recommendation(instants.recommended)).toEqual([{ recommendationId: 'kn-ctv', status: 'REPORTED', reportedOn: '2024-08-01', closedOn: null }]);
    expect(await recommendation(instants.resolved)).toEqual([
      { recommendationId: 'kn-ctv', status: 'CLOSED', reportedOn: '2024-08-01', closedOn: '2024-08-15' },
    ]);

    // The district's other recommendations (the demo's) stand still between these instants: only this one moves the counts.
    const counts = async (asOf: Date) => {
      const rows = (await t.as(committee).ok(FOLLOW_UP, { agency: 'ubnd-ke-sach', asOf })).recommendationFollowUp;
      return rows[0] ?? { open: 0, overdue: 0, reported: 0, closed: 0, reopened: 0 };
    };
    const [revised, recommended, resolved] = [await counts(instants.revised), await counts(instants.recommended), await counts(instants.resolved)];
    expect(recommended).toEqual({ ...revised, reported: revised.reported + 1 });
    expect(resolved).toEqual({ ...recommended, reported: recommended.reported - 1, closed: recommended.closed + 1 });
  });

  it('answers one inspection’s recommendations as of an instant: absent before issued, reported, then closed; today’s answer the last known', async () => {
    const ofInspection = async (asOf?: Date) => (await t.as(committee).ok(INSPECTION_RECOMMENDATIONS, { id: INSPECTION, asOf })).inspection.recommendations;
    expect(await ofInspection(instants.beforeFinding)).toEqual([]);
    expect(await ofInspection(instants.revised)).toEqual([]);
    const reported = { recommendationId: 'kn-ctv', status: 'REPORTED', reportedOn: '2024-08-01', closedOn: null, responsibleAgencyId: 'ubnd-ke-sach' };
    expect(await ofInspection(instants.recommended)).toEqual([reported]);
    const closed = { ...reported, status: 'CLOSED', closedOn: '2024-08-15' };
    expect(await ofInspection(instants.resolved)).toEqual([closed]);
    expect(await ofInspection()).toEqual([closed]);
  });
});
