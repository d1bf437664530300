import { committee, startTestPlatform, TestPlatform } from '../support/platform-harness';

const FORUMS = `query { childForums { forumId level organiserAgencyId participantTotal parentForumId } }`;
const RECOMMENDATIONS = `query ($id: ID!) { childForumRecommendations(forumId: $id) { recommendationId forumId theme responsibleAgencyId decision reason implementationStatus escalatedToForumId } }`;
const REPRESENTATIVENESS = `query ($id: ID!) { childForumRepresentativeness(toForumId: $id) { dimension value count } }`;
const OBLIGATIONS = `query ($agency: ID!) { obligations(agency: $agency) { id kind status } }`;
const CHECK = `mutation { checkDeadlines { overdueRecorded } }`;

describe('demo data: the forums of the Lạng Sơn dispatch (2019) and the Sơn Dương plan (2024)', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform({ now: '2024-08-01T03:00:00Z' });
  }, 180000);
  afterAll(() => t?.stop());

  it('holds the national, provincial and district forums, children counted and never listed', async () => {
    const forums = (await t.as(committee).ok(FORUMS)).childForums;
    expect(forums).toEqual([
      {
        forumId: 'dien-dan-tre-em-lang-son-2019',
        level: 'province',
        organiserAgencyId: 'tinh-doan-lang-son',
        participantTotal: 89,
        parentForumId: 'dien-dan-tre-em-quoc-gia-6',
      },
      { forumId: 'dien-dan-tre-em-quoc-gia-6', level: 'national', organiserAgencyId: 'bo-ldtbxh', participantTotal: 0, parentForumId: null },
      {
        forumId: 'dien-dan-tre-em-son-duong-2024',
        level: 'district',
        organiserAgencyId: 'phong-ldtbxh-son-duong',
        participantTotal: 38,
        parentForumId: 'dien-dan-tre-em-tuyen-quang-2024',
      },
      { forumId: 'dien-dan-tre-em-tuyen-quang-2024', level: 'province', organiserAgencyId: 'tinh-doan-tuyen-quang', participantTotal: 0, parentForumId: null },
    ]);
  });

  it('Lạng Sơn’s recommendations on abuse, drowning, child labour and online safety, and what the agencies answered', async () => {
    const recommendations = (await t.as(committee).ok(RECOMMENDATIONS, { id: 'dien-dan-tre-em-lang-son-2019' })).childForumRecommendations;
    expect(
      recommendations.map((r: { theme: string; decision: string | null; implementationStatus: string | null }) => [
        r.theme,
        r.decision,
        r.implementationStatus,
      ]),
    ).toEqual([
      ['online-safety', 'not-accepted', null],
      ['drowning', 'partly-accepted', 'implemented'],
      ['child-labour', null, null],
      ['abuse', 'accepted', 'continuing'],
    ]);
    const national = (await t.as(committee).ok(RECOMMENDATIONS, { id: 'dien-dan-tre-em-quoc-gia-6' })).childForumRecommendations;
    expect(national.map((r: { recommendationId: string }) => r.recommendationId)).toEqual(['kn-ls-2019-an-toan-mang']);
  });

  it('the delegation to the 6th national forum, by ethnicity and sex', async () => {
    const counts = (await t.as(committee).ok(REPRESENTATIVENESS, { id: 'dien-dan-tre-em-quoc-gia-6' })).childForumRepresentativeness;
    expect(counts.filter((c: { dimension: string }) => c.dimension === 'ethnicity')).toEqual([
      { dimension: 'ethnicity', value: 'Dao', count: 1 },
      { dimension: 'ethnicity', value: 'Nùng', count: 1 },
      { dimension: 'ethnicity', value: 'Tày', count: 1 },
    ]);
    expect(counts.filter((c: { dimension: string }) => c.dimension === 'sex')).toEqual([
      { dimension: 'sex', value: 'female', count: 2 },
      { dimension: 'sex', value: 'male', count: 1 },
    ]);
  });

  it('the unanswered child-labour recommendations are overdue obligations of the agencies they went to', async () => {
    await t.as(committee).ok(CHECK);
    const owed = async (agency: string) =>
      (await t.as(committee).ok(OBLIGATIONS, { agency })).obligations.filter((o: { kind: string }) => o.kind === 'FORUM_RECOMMENDATION');
    expect(await owed('so-ldtbxh-lang-son')).toEqual([
      { id: 'forum-recommendation:kn-ls-2019-lao-dong-tre-em', kind: 'FORUM_RECOMMENDATION', status: 'OVERDUE' },
    ]);
    expect(await owed('phong-ldtbxh-son-duong')).toEqual([
      { id: 'forum-recommendation:kn-sd-2024-lao-dong-tre-em', kind: 'FORUM_RECOMMENDATION', status: 'OVERDUE' },
    ]);
    expect(await owed('ubnd-son-duong')).toEqual([
      { id: 'forum-recommendation:kn-sd-2024-duoi-nuoc', kind: 'FORUM_RECOMMENDATION', status: 'SUBMITTED_ON_TIME' },
    ]);
  });
});
