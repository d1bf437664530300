import { admin, committee, TestPlatform } from '../support/platform-harness';
import { ANSWER, eventually, FORWARD, officerOf, PROVINCE_FORUM, RAISE, startWithForums, youthUnion } from './forum-fixture';

const OBLIGATIONS = `query ($agency: ID!) { obligations(agency: $agency) { id kind title agencyId originalAgencyId recipientAgencyId dueDate status source { type recommendationId } submissions { timeliness submittedOn } overdueDeadlines reassignments { fromAgencyId toAgencyId reason } } }`;
const CHECK = `mutation { checkDeadlines { today overdueRecorded } }`;
const RECOMMENDATION = `query ($id: ID!) { childForumRecommendation(id: $id) { recommendationId raisedBy responsibleAgencyId dueDate decision answer reason answeringAgencyId } }`;
const FOLLOW_UP = `query ($id: ID!) { childForumFollowUp(forumId: $id) { previousForumId raised forwarded answered accepted partlyAccepted notAccepted unansweredPastDue recommendations { recommendationId } } }`;
const CONVENE = `mutation ($input: ConveneForumInput!) { conveneForum(input: $input) { changed } }`;

const education = officerOf('so-gddt-lang-son');
const labour = officerOf('so-ldtbxh-lang-son');
const DROWNING = 'kn-2019-phong-chong-duoi-nuoc';
const LABOUR = 'kn-2019-lao-dong-tre-em';
const obligationOf = (id: string) => `forum-recommendation:${id}`;

describe('children’s recommendations over GraphQL (HTTP): forwarded, owed, overdue, answered, moved on a merger', () => {
  let t: TestPlatform;
  const obligation = async (agency: string, id: string) =>
    ((await t.as(committee).ok(OBLIGATIONS, { agency })).obligations as { id: string; [key: string]: any }[]).find((o) => o.id === obligationOf(id));

  beforeAll(async () => {
    t = await startWithForums('2019-05-21T03:00:00Z');
    for (const [recommendationId, theme, text] of [
      [DROWNING, 'drowning', 'Chúng em mong được học bơi miễn phí vào mùa hè.'],
      [LABOUR, 'child-labour', 'Không để trẻ em phải đi làm thuê ở các mỏ đá.'],
    ]) {
      await t.as(youthUnion).ok(RAISE, { input: { recommendationId, forumId: PROVINCE_FORUM, raisedBy: 'nhóm trẻ em huyện Chi Lăng', theme, text } });
    }
  }, 180000);
  afterAll(() => t?.stop());

  it('forwarding gives the agency a response obligation due when the forum’s response period ends', async () => {
    await t.as(youthUnion).ok(FORWARD, { input: { recommendationId: DROWNING, responsibleAgencyId: 'so-gddt-lang-son', forwardedOn: '2019-05-21' } });
    const owed = await eventually(
      () => obligation('so-gddt-lang-son', DROWNING),
      (o) => o !== undefined,
    );
    expect(owed).toMatchObject({
      kind: 'FORUM_RECOMMENDATION',
      title: 'Chúng em mong được học bơi miễn phí vào mùa hè.',
      agencyId: 'so-gddt-lang-son',
      recipientAgencyId: 'tinh-doan-lang-son',
      dueDate: '2019-06-20',
      status: 'OPEN',
    });
    expect(owed!.source).toEqual({ type: 'forum', recommendationId: DROWNING });
  });

  it('a recommendation answered late went overdue first, and its answer counts as late', async () => {
    t.clock.set('2019-06-25T03:00:00Z');
    expect((await t.as(committee).ok(CHECK)).checkDeadlines.overdueRecorded).toBeGreaterThanOrEqual(1);
    expect(await obligation('so-gddt-lang-son', DROWNING)).toMatchObject({ status: 'OVERDUE', overdueDeadlines: ['2019-06-20'] });

    expect(await t.as(labour).errorCode(ANSWER, { input: { recommendationId: DROWNING, decision: 'accepted', answer: 'Đồng ý.' } })).toBe('FORBIDDEN');
    expect(await t.as(education).errorCode(ANSWER, { input: { recommendationId: DROWNING, decision: 'not-accepted', answer: 'Chưa thể.' } })).toBe(
      'BAD_USER_INPUT',
    );
    await t.as(education).ok(ANSWER, {
      input: {
        recommendationId: DROWNING,
        decision: 'partly-accepted',
        answer: 'Hè này mỗi huyện mở một lớp học bơi miễn phí.',
        reason: 'Chưa đủ bể bơi cho mọi xã.',
      },
    });

    const answered = await eventually(
      () => obligation('so-gddt-lang-son', DROWNING),
      (o) => o?.status !== 'OVERDUE',
    );
    expect(answered).toMatchObject({ status: 'SUBMITTED_LATE', submissions: [{ timeliness: 'LATE', submittedOn: '2019-06-25' }] });
    expect((await t.as(committee).ok(RECOMMENDATION, { id: DROWNING })).childForumRecommendation).toMatchObject({
      decision: 'partly-accepted',
      reason: 'Chưa đủ bể bơi cho mọi xã.',
      answeringAgencyId: 'so-gddt-lang-son',
    });
  });

  it('when the addressed agency is merged, the obligation follows its successor, which answers', async () => {
    await t.as(youthUnion).ok(FORWARD, { input: { recommendationId: LABOUR, responsibleAgencyId: 'so-ldtbxh-lang-son', forwardedOn: '2019-06-25' } });
    await eventually(
      () => obligation('so-ldtbxh-lang-son', LABOUR),
      (o) => o !== undefined,
    );
    await t.as(admin).ok(`mutation ($input: RegisterAgencyInput!) { registerAgency(input: $input) { changed } }`, {
      input: {
        agencyId: 'so-noi-vu-ldtbxh-lang-son',
        name: 'Sở Nội vụ và Lao động',
        kind: 'DEPARTMENT',
        unitId: 'lang-son',
        parentAgencyId: 'ubnd-lang-son',
        functions: ['home-affairs'],
        effectiveFrom: '2010-01-01',
      },
    });
    await t.as(admin).ok(`mutation ($input: MergeAgenciesInput!) { mergeAgencies(input: $input) { projected } }`, {
      input: {
        predecessorAgencyIds: ['so-ldtbxh-lang-son'],
        successorAgencyId: 'so-noi-vu-ldtbxh-lang-son',
        effectiveFrom: '2019-07-01',
        decision: '01/QĐ-UBND',
      },
    });

    const moved = await eventually(
      () => obligation('so-noi-vu-ldtbxh-lang-son', LABOUR),
      (o) => o !== undefined,
    );
    expect(moved).toMatchObject({
      agencyId: 'so-noi-vu-ldtbxh-lang-son',
      originalAgencyId: 'so-ldtbxh-lang-son',
      status: 'OPEN',
      reassignments: [{ fromAgencyId: 'so-ldtbxh-lang-son', toAgencyId: 'so-noi-vu-ldtbxh-lang-son', reason: 'merger' }],
    });

    await t
      .as(officerOf('so-noi-vu-ldtbxh-lang-son'))
      .ok(ANSWER, { input: { recommendationId: LABOUR, decision: 'accepted', answer: 'Sở sẽ kiểm tra các mỏ đá cùng xã.' } });
    expect(
      await eventually(
        () => obligation('so-noi-vu-ldtbxh-lang-son', LABOUR),
        (o) => o?.status !== 'OPEN',
      ),
    ).toMatchObject({ status: 'SUBMITTED_ON_TIME' });
  });

  it('before the next edition meets, a report tells what became of this one’s recommendations', async () => {
    await t.as(youthUnion).ok(CONVENE, {
      input: {
        forumId: 'dien-dan-tre-em-lang-son-2021',
        level: 'province',
        edition: '2021',
        title: 'Diễn đàn trẻ em tỉnh Lạng Sơn năm 2021',
        theme: 'Trẻ em an toàn trên mạng',
        organiserAgencyId: 'tinh-doan-lang-son',
        localityUnitId: 'lang-son',
        heldOn: '2021-05-20',
        previousForumId: PROVINCE_FORUM,
      },
    });
    const report = (await t.as(committee).ok(FOLLOW_UP, { id: 'dien-dan-tre-em-lang-son-2021' })).childForumFollowUp;
    expect(report).toMatchObject({
      previousForumId: PROVINCE_FORUM,
      raised: 2,
      forwarded: 2,
      answered: 2,
      accepted: 1,
      partlyAccepted: 1,
      notAccepted: 0,
      unansweredPastDue: 0,
    });
    expect(report.recommendations.map((r: { recommendationId: string }) => r.recommendationId).sort()).toEqual([LABOUR, DROWNING].sort());
  });
});
