import { GraphqlClient } from '../../support/graphql-client';
import { Cell } from './funding-cells';
import { fresh, outcome, provinceOf, shown } from './matrix-cell';

/**
 * The forum's queries and mutations for the access matrix. Per agency: a forum it organised,
 * with a recommendation raised there and a delegate it chose, and a recommendation raised at
 * another agency's forum and addressed to it (what it answers).
 */
export const forumOf = (agency: string) => `df-matrix-${agency}`;
const raisedAt = (agency: string) => `kn-own-${agency}`;
const addressedTo = (agency: string) => `kn-to-${agency}`;
export const delegateOf = (agency: string) => `db-matrix-${agency}`;
/** Whose forum raises the recommendation addressed to an agency: another agency of its province. */
const hostOf = (agency: string) => (agency.startsWith('ubnd-') ? 'so-ldtbxh-soc-trang' : `ubnd-${provinceOf(agency)}`);
const NATIONAL_FORUM = 'dien-dan-tre-em-quoc-gia-6';

const CONVENE = `mutation ($i: ConveneForumInput!) { conveneForum(input: $i) { changed } }`;
const RAISE = `mutation ($i: RaiseForumRecommendationInput!) { raiseForumRecommendation(input: $i) { changed } }`;
const FORWARD = `mutation ($i: ForwardForumRecommendationInput!) { forwardForumRecommendation(input: $i) { changed } }`;
const SELECT = `mutation ($i: SelectDelegateInput!) { selectForumDelegate(input: $i) { changed } }`;
const CONSENT = `mutation ($i: GiveDelegateConsentInput!) { giveForumDelegateConsent(input: $i) { changed } }`;
export const PERSONAL_DATA = `query ($d: ID!, $p: String!) { childForumDelegatePersonalData(delegateId: $d, purpose: $p) { field erased value } }`;

const forum = (forumId: string, agency: string) => ({
  forumId,
  level: 'province',
  edition: '2024',
  title: `Diễn đàn trẻ em (ma trận quyền) ${agency}`,
  theme: 'Trẻ em với phòng, chống xâm hại',
  organiserAgencyId: agency,
  localityUnitId: provinceOf(agency),
  heldOn: '2024-05-20',
  parentForumId: NATIONAL_FORUM,
  responseDays: 30,
});
const recommendation = (recommendationId: string, forumId: string) => ({
  recommendationId,
  forumId,
  raisedBy: 'Nhóm trẻ em (ma trận quyền)',
  theme: 'An toàn trường học',
  text: 'Đề nghị lắp đèn chiếu sáng ở cổng trường.',
});
const delegate = (delegateId: string, agency: string) => ({
  delegateId,
  forumId: forumOf(agency),
  ageBand: '11-14',
  sex: 'female',
  ethnicity: 'Khmer',
  localityUnitId: provinceOf(agency),
  selectingBody: 'Ban tổ chức diễn đàn',
  consentReference: `PDY-${delegateId}`,
});

export async function seedForums(national: GraphqlClient, agencies: string[]): Promise<void> {
  const organisers = [...new Set([...agencies, ...agencies.map(hostOf)])];
  for (const agency of organisers) await national.ok(CONVENE, { i: forum(forumOf(agency), agency) });
  for (const agency of agencies) {
    await national.ok(RAISE, { i: recommendation(raisedAt(agency), forumOf(agency)) });
    await national.ok(RAISE, { i: recommendation(addressedTo(agency), forumOf(hostOf(agency))) });
    await national.ok(FORWARD, { i: { recommendationId: addressedTo(agency), responsibleAgencyId: agency } });
    await national.ok(SELECT, { i: delegate(delegateOf(agency), agency) });
    for (const givenBy of ['child', 'guardian']) {
      await national.ok(CONSENT, { i: { delegateId: delegateOf(agency), givenBy, consentReference: `PDY-${delegateOf(agency)}-${givenBy}` } });
    }
    await national.ok(`mutation ($i: RecordDelegatePersonalDetailsInput!) { recordForumDelegatePersonalDetails(input: $i) { changed } }`, {
      i: { delegateId: delegateOf(agency), school: 'Trường THCS (ma trận quyền)' },
    });
  }
}

/** Who records a forum, its recommendations and delegates: its organiser, and the oversight roles. */
export const FORUM_ORGANISERS = ['forum-organiser', 'steering-committee', 'org-admin'];
/** Who answers a recommendation and reports on it: the agency it is addressed to, or the steering committee. */
const ANSWERING_AGENCY = ['agency-officer', 'agency-head', 'steering-committee'];
const FORUM_READERS = [...FORUM_ORGANISERS, ...ANSWERING_AGENCY];

const read = (name: string, query: string, variables: (agency: string) => Record<string, unknown>, roles = FORUM_READERS): Cell => ({
  name,
  write: false,
  roles,
  run: (c, agency) => outcome(c, query, variables(agency)),
});
const write = (mutation: string, input: string, fields: (agency: string) => Record<string, unknown>, roles = FORUM_ORGANISERS): Cell => ({
  name: mutation,
  write: true,
  roles,
  run: (c, agency) => outcome(c, `mutation ($i: ${input}!) { ${mutation}(input: $i) { changed } }`, { i: fields(agency) }),
});

export const FORUM_CELLS: Cell[] = [
  {
    name: 'childForums (search naming nothing)',
    write: false,
    roles: FORUM_READERS,
    run: (c, agency) => shown<{ forumId: string }>(c, `{ childForums(level: null) { forumId } }`, 'childForums', (row) => row.forumId === forumOf(agency)),
  },
  read('childForum (read)', `query ($id: ID!) { childForum(id: $id) { forumId } }`, (agency) => ({ id: forumOf(agency) })),
  read('childForumRecommendations (read)', `query ($f: ID!) { childForumRecommendations(forumId: $f) { recommendationId } }`, (agency) => ({
    f: forumOf(agency),
  })),
  read('childForumRecommendation (read)', `query ($id: ID!) { childForumRecommendation(id: $id) { recommendationId } }`, (agency) => ({
    id: addressedTo(agency),
  })),
  read('childForumFollowUp (read)', `query ($f: ID!) { childForumFollowUp(forumId: $f) { forumId } }`, (agency) => ({ f: forumOf(agency) })),
  read('childForumDelegates (read)', `query ($f: ID!) { childForumDelegates(forumId: $f) { delegateId } }`, (agency) => ({ f: forumOf(agency) })),
  read('childForumDelegate (read)', `query ($id: ID!) { childForumDelegate(id: $id) { delegateId } }`, (agency) => ({ id: delegateOf(agency) })),
  read('childForumRepresentativeness (read)', `query ($f: ID!) { childForumRepresentativeness(toForumId: $f) { count } }`, (agency) => ({
    f: forumOf(agency),
  })),
  read(
    "childForumDelegatePersonalData (a child's personal data)",
    PERSONAL_DATA,
    (agency) => ({ d: delegateOf(agency), p: 'Liên hệ trước diễn đàn (ma trận quyền)' }),
    FORUM_ORGANISERS,
  ),
  write('conveneForum', 'ConveneForumInput', (agency) => forum(fresh('df'), agency)),
  {
    ...write('conveneForum', 'ConveneForumInput', (agency) => ({ ...forum(fresh('df'), agency), localityUnitId: 'lang-son' })),
    name: 'conveneForum placed in Lang Son (another province)',
    placedElsewhere: true,
  },
  write('recordForumParticipants', 'RecordParticipantsInput', (agency) => ({
    forumId: forumOf(agency),
    participants: [{ ageBand: '11-14', sex: 'male', ethnicity: 'Kinh', localityUnitId: provinceOf(agency), count: 3 }],
  })),
  write('raiseForumRecommendation', 'RaiseForumRecommendationInput', (agency) => recommendation(fresh('kn'), forumOf(agency))),
  write('forwardForumRecommendation', 'ForwardForumRecommendationInput', (agency) => ({ recommendationId: raisedAt(agency), responsibleAgencyId: agency })),
  write('escalateForumRecommendation', 'EscalateForumRecommendationInput', (agency) => ({ recommendationId: raisedAt(agency), toForumId: NATIONAL_FORUM })),
  write(
    'answerForumRecommendation',
    'AnswerForumRecommendationInput',
    (agency) => ({ recommendationId: addressedTo(agency), decision: 'accepted', answer: 'Sẽ lắp đèn trong tháng tới.' }),
    ANSWERING_AGENCY,
  ),
  write(
    'reportForumImplementation',
    'ReportForumImplementationInput',
    (agency) => ({ recommendationId: addressedTo(agency), status: 'continuing', note: 'Đang lắp đặt.' }),
    ANSWERING_AGENCY,
  ),
  write('selectForumDelegate', 'SelectDelegateInput', (agency) => delegate(fresh('db'), agency)),
  write('giveForumDelegateConsent', 'GiveDelegateConsentInput', (agency) => ({
    delegateId: delegateOf(agency),
    givenBy: 'child',
    consentReference: fresh('pdy'),
  })),
  write('recordForumDelegatePersonalDetails', 'RecordDelegatePersonalDetailsInput', (agency) => ({ delegateId: delegateOf(agency), school: 'Trường THCS' })),
  write('withdrawForumDelegateConsent', 'WithdrawDelegateConsentInput', (agency) => ({ delegateId: delegateOf(agency), withdrawnBy: 'guardian' }), [
    ...FORUM_ORGANISERS,
    'agency-officer',
  ]),
];
