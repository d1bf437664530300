import { Actor } from '@cpp/access';
import { admin, committee, startTestPlatform, TestPlatform } from '../support/platform-harness';

/**
 * The findings of a locality and the agencies' names, as the chart stood and was known at an
 * instant. The platform runs in June 2025, before the provinces merged: a finding in Kế Sách
 * (Sóc Trăng) with a recommendation to the Sở GD&ĐT. Then the 1 July 2025 merger of Sóc Trăng
 * and Hậu Giang into Cần Thơ is recorded, with a renaming of the responsible agency. Asked as
 * of an instant before that was recorded, Cần Thơ's findings leave Kế Sách out and the agency
 * has its old name; after it, Kế Sách lies in Cần Thơ (on the instant's own date, past the
 * merger) and the new name shows. Today's view reads today's chart: not merged until 1 July.
 */
const lead: Actor = { subject: 'tv-chart-y-te-st', name: 'Trần Thị Bình', agencyId: 'so-y-te-soc-trang', roles: ['inspector'] };

const INSPECTION = 'kt-ke-sach-chart-2025';
const TARGET = 'ke-sach';
const RESPONSIBLE = 'so-gddt-soc-trang';
const RENAMED = 'Sở Giáo dục và Đào tạo (tiếp nhận khi hợp nhất tỉnh)';
const HASH = (c: string) => c.repeat(64);
const mutation = (name: string, input: string) => `mutation ($input: ${input}!) { ${name}(input: $input) { changed } }`;

const FINDINGS = `query ($locality: ID, $asOf: DateTime) {
  inspectionFindings(locality: $locality, asOf: $asOf, first: 100) {
    items { inspectionId findingId recommendations { responsibleAgencyName } }
  } }`;
const RECOMMENDATIONS = `query ($agency: ID, $asOf: DateTime) {
  inspectionRecommendations(responsibleAgency: $agency, asOf: $asOf) { recommendationId responsibleAgencyName } }`;
const FOLLOW_UP = `query ($agency: ID, $asOf: DateTime) { recommendationFollowUp(responsibleAgency: $agency, asOf: $asOf) { responsibleAgencyName open } }`;

const pause = () => new Promise((resolve) => setTimeout(resolve, 2));

describe('findings of a locality and agencies named as the chart stood at an instant, across the 2025 merger (GraphQL over HTTP)', () => {
  let t: TestPlatform;
  let beforeMerger: Date;
  let afterMerger: Date;
  /** Whether this inspection's finding is among a locality's findings, and the names its recommendation shows. */
  const inLocality = async (locality: string, asOf?: Date) =>
    (await t.as(committee).ok(FINDINGS, { locality, asOf })).inspectionFindings.items
      .filter((finding: { inspectionId: string }) => finding.inspectionId === INSPECTION)
      .flatMap((finding: { recommendations: { responsibleAgencyName: string }[] }) => finding.recommendations.map((r) => r.responsibleAgencyName));

  beforeAll(async () => {
    t = await startTestPlatform({ now: '2025-06-20T03:00:00Z' });
    await t.as(lead).ok(mutation('planInspection', 'PlanInspectionInput'), {
      input: {
        inspectionId: INSPECTION,
        kind: 'KIEM_TRA',
        title: 'Kiểm tra công tác bảo vệ trẻ em tại huyện Kế Sách',
        theme: 'ABUSE_PREVENTION',
        leadAgencyId: 'so-y-te-soc-trang',
        memberAgencyIds: [],
        members: [{ subject: lead.subject, name: lead.name, agencyId: 'so-y-te-soc-trang', role: 'HEAD' }],
        targets: [{ kind: 'LOCALITY', unitId: TARGET }],
        periodFrom: '2025-06-02',
        periodTo: '2025-06-13',
        plan: { number: '12/KH-SYT', title: 'Kế hoạch kiểm tra năm 2025' },
        outline: { title: 'Đề cương kiểm tra', contentHash: HASH('a') },
        plannedOn: '2025-05-20',
      },
    });
    await t.as(lead).ok(mutation('startInspection', 'StartInspectionInput'), { input: { inspectionId: INSPECTION, startedOn: '2025-06-02' } });
    await t.as(lead).ok(mutation('recordFinding', 'RecordFindingInput'), {
      input: {
        inspectionId: INSPECTION,
        findingId: 'f-truong-hoc',
        targetId: TARGET,
        criterionCode: 'phong-chong-xam-hai-truong-hoc',
        criterion: 'Phòng, chống xâm hại trẻ em trong trường học',
        legalBasis: 'Điều 6 Luật Trẻ em 2016',
        conformity: 'NONCONFORMING',
        severity: 'SHORTCOMING',
        description: 'Ba trường chưa có quy trình tiếp nhận thông tin xâm hại',
        evidence: [{ title: 'Biên bản làm việc', contentHash: HASH('b') }],
        observedOn: '2025-06-05',
      },
    });
    await t.as(lead).ok(mutation('issueRecommendation', 'IssueRecommendationInput'), {
      input: {
        inspectionId: INSPECTION,
        recommendationId: 'kn-truong-hoc',
        findingIds: ['f-truong-hoc'],
        responsibleAgencyId: RESPONSIBLE,
        correctiveAction: 'Ban hành quy trình tiếp nhận thông tin tại ba trường',
        dueDate: '2025-12-31',
        issuedOn: '2025-06-16',
      },
    });
    await pause();
    beforeMerger = new Date();
    await pause();
    await t.as(admin).ok(mutation('mergeAdministrativeUnits', 'MergeAdministrativeUnitsInput'), {
      input: { unitIds: ['soc-trang', 'hau-giang'], successorUnitId: 'can-tho', effectiveFrom: '2025-07-01', decision: '202/2025/QH15' },
    });
    await t.as(admin).ok(mutation('renameAgency', 'RenameAgencyInput'), {
      input: { agencyId: RESPONSIBLE, name: RENAMED, effectiveFrom: '2025-07-01', decision: '202/2025/QH15' },
    });
    await pause();
    afterMerger = new Date();
  }, 240000);
  afterAll(() => t?.stop());

  it('leaves Kế Sách out of Cần Thơ as known before the merger was recorded, and counts it in after', async () => {
    expect(await inLocality('can-tho', beforeMerger)).toEqual([]);
    expect(await inLocality('soc-trang', beforeMerger)).toEqual(['Sở Giáo dục và Đào tạo']);
    expect(await inLocality('can-tho', afterMerger)).toEqual([RENAMED]);
    // History kept: Sóc Trăng's own findings are still Sóc Trăng's.
    expect(await inLocality('soc-trang', afterMerger)).toEqual([RENAMED]);
  });

  it('reads today on today’s chart: the merger and the new name count from 1 July 2025', async () => {
    expect(await inLocality('can-tho')).toEqual([]);
    expect(await inLocality('soc-trang')).toEqual(['Sở Giáo dục và Đào tạo']);
    t.clock.set('2025-07-02T03:00:00Z');
    try {
      expect(await inLocality('can-tho')).toEqual([RENAMED]);
    } finally {
      t.clock.set('2025-06-20T03:00:00Z');
    }
  });

  it('names the responsible agency in recommendations and follow-up counts as the chart named it then', async () => {
    const names = async (asOf: Date) =>
      (await t.as(committee).ok(RECOMMENDATIONS, { agency: RESPONSIBLE, asOf })).inspectionRecommendations
        .filter((r: { recommendationId: string }) => r.recommendationId === 'kn-truong-hoc')
        .map((r: { responsibleAgencyName: string }) => r.responsibleAgencyName);
    expect(await names(beforeMerger)).toEqual(['Sở Giáo dục và Đào tạo']);
    expect(await names(afterMerger)).toEqual([RENAMED]);
    const counts = async (asOf: Date) => (await t.as(committee).ok(FOLLOW_UP, { agency: RESPONSIBLE, asOf })).recommendationFollowUp;
    expect(await counts(beforeMerger)).toEqual([{ responsibleAgencyName: 'Sở Giáo dục và Đào tạo', open: expect.any(Number) }]);
    expect(await counts(afterMerger)).toEqual([{ responsibleAgencyName: RENAMED, open: expect.any(Number) }]);
  });
});
