import { PersonalDataRetention } from '@cpp/eventsourcing';
import { committee, TestPlatform } from '../support/platform-harness';
import { logHead } from './log-head';
import {
  CONSENT,
  DELEGATE,
  DETAILS,
  NATIONAL_FORUM,
  officerOf,
  PERSONAL,
  PROVINCE_FORUM,
  SELECT,
  startWithForums,
  WITHDRAW,
  youthUnion,
} from './forum-fixture';

const REPRESENTATIVENESS = `query ($id: ID!) { childForumRepresentativeness(toForumId: $id) { dimension value count } }`;
const HISTORY = `query ($streamId: String!) { streamHistory(streamId: $streamId) { type actor data } }`;
const PURPOSE = 'to send the invitation to the national forum';

const delegate = (delegateId: string, extra: Record<string, unknown> = {}) => ({
  input: {
    delegateId,
    forumId: PROVINCE_FORUM,
    ageBand: '11-14',
    sex: 'female',
    ethnicity: 'Tày',
    localityUnitId: 'tp-lang-son',
    selectingBody: 'Diễn đàn trẻ em tỉnh Lạng Sơn',
    consentReference: `PDY-${delegateId}`,
    ...extra,
  },
});
const consent = (delegateId: string, givenBy: string) => ({ input: { delegateId, givenBy, consentReference: `PDY-${delegateId}-${givenBy}` } });

describe('delegates to the next level’s forum over GraphQL (HTTP): pseudonymous, consented, erased on withdrawal', () => {
  let t: TestPlatform;
  const read = async (id: string) => (await t.as(youthUnion).ok(PERSONAL, { id, purpose: PURPOSE })).childForumDelegatePersonalData;
  const record = async (id: string) => (await t.as(committee).ok(DELEGATE, { id })).childForumDelegate;

  beforeAll(async () => {
    t = await startWithForums('2019-05-21T03:00:00Z');
    await t.as(youthUnion).ok(SELECT, delegate('ls-01'));
    await t.as(youthUnion).ok(SELECT, delegate('ls-02', { sex: 'male', ethnicity: 'Nùng', ageBand: '15-17', localityUnitId: 'lang-son' }));
    await t.as(youthUnion).ok(SELECT, delegate('ls-03', { ethnicity: 'Kinh' }));
  }, 180000);
  afterAll(() => t?.stop());

  it('a delegate is a pseudonymous record with a random subject id', async () => {
    const ls01 = await record('ls-01');
    expect(ls01).toMatchObject({ status: 'selected', childConsent: false, guardianConsent: false, personalFields: [], ageBand: '11-14' });
    expect(ls01.subjectId).toMatch(/^ds-[0-9a-f]{32}$/);
  });

  it('without both consents, personal details are refused and nothing is written', async () => {
    await t.as(youthUnion).ok(CONSENT, consent('ls-01', 'guardian'));
    const before = await logHead(t);
    expect(await t.as(youthUnion).errorCode(DETAILS, { input: { delegateId: 'ls-01', name: 'Nông Thị Hoa' } })).toBe('FORBIDDEN');
    expect(await logHead(t)).toEqual(before);
    expect(await t.as(officerOf('so-gddt-lang-son')).errorCode(DETAILS, { input: { delegateId: 'ls-01', name: 'Nông Thị Hoa' } })).toBe('FORBIDDEN');
  });

  it('with both, the name is sealed under the delegate’s key, read back for a purpose, and the read is logged', async () => {
    await t.as(youthUnion).ok(CONSENT, consent('ls-01', 'child'));
    await t.as(youthUnion).ok(DETAILS, { input: { delegateId: 'ls-01', name: 'Nông Thị Hoa', school: 'THCS Chi Lăng' } });
    expect(await read('ls-01')).toEqual([
      { field: 'name', erased: false, value: 'Nông Thị Hoa' },
      { field: 'school', erased: false, value: 'THCS Chi Lăng' },
    ]);
    const { subjectId } = await record('ls-01');
    const history = (await t.as(committee).ok(HISTORY, { streamId: `forum-delegate-ls-01` })).streamHistory;
    expect(JSON.stringify(history)).not.toContain('Nông Thị Hoa');
    const reads = (await t.as(committee).ok(HISTORY, { streamId: `data-subject-${subjectId}` })).streamHistory;
    expect(reads).toEqual([
      {
        type: 'PersonalDataRead',
        actor: `user:${youthUnion.subject}`,
        data: { subjectId, fields: ['name', 'school'], purpose: PURPOSE, readBy: `user:${youthUnion.subject}`, agencyId: 'tinh-doan-lang-son' },
      },
    ]);
  });

  it('a read without a purpose is refused', async () => {
    expect(await t.as(youthUnion).errorCode(PERSONAL, { id: 'ls-01', purpose: ' ' })).toBe('BAD_USER_INPUT');
  });

  it('the delegation’s representativeness by region, ethnicity, age band and sex', async () => {
    const counts = (await t.as(committee).ok(REPRESENTATIVENESS, { id: NATIONAL_FORUM })).childForumRepresentativeness;
    expect(counts).toEqual(
      expect.arrayContaining([
        { dimension: 'ethnicity', value: 'Tày', count: 1 },
        { dimension: 'ethnicity', value: 'Nùng', count: 1 },
        { dimension: 'ethnicity', value: 'Kinh', count: 1 },
        { dimension: 'sex', value: 'female', count: 2 },
        { dimension: 'sex', value: 'male', count: 1 },
        { dimension: 'age-band', value: '11-14', count: 2 },
        { dimension: 'locality', value: 'tp-lang-son', count: 2 },
      ]),
    );
  });

  it('the child’s withdrawal erases their delegate record: the key is gone, reads answer erased, the log says who asked', async () => {
    const { subjectId } = await record('ls-01');
    const receipt = (await t.as(youthUnion).ok(WITHDRAW, { input: { delegateId: 'ls-01', withdrawnBy: 'child' } })).withdrawForumDelegateConsent;
    expect(receipt.streamIds).toEqual(['forum-delegate-ls-01', `data-subject-${subjectId}`]);
    expect(await record('ls-01')).toMatchObject({ status: 'withdrawn', personalFields: [], erasedFields: ['name', 'school'] });
    expect(await read('ls-01')).toEqual([
      { field: 'name', erased: true, value: null },
      { field: 'school', erased: true, value: null },
    ]);
    const erasure = (await t.as(committee).ok(HISTORY, { streamId: `data-subject-${subjectId}` })).streamHistory.find(
      (e: { type: string }) => e.type === 'PersonalDataErased',
    );
    expect(erasure.data).toEqual({
      subjectId,
      fields: ['name', 'school'],
      ground: 'consent-withdrawn',
      requestedBy: `user:${youthUnion.subject}`,
      erasedOn: '2019-05-21',
    });
    expect(await t.as(youthUnion).errorCode(DETAILS, { input: { delegateId: 'ls-01', name: 'Nông Thị Hoa' } })).toBe('CONFLICT');
    const counts = (await t.as(committee).ok(REPRESENTATIVENESS, { id: NATIONAL_FORUM })).childForumRepresentativeness;
    expect(counts).toContainEqual({ dimension: 'sex', value: 'female', count: 1 });
  });

  it('past the retention period, the platform clock erases a delegate’s details by itself', async () => {
    await t.as(youthUnion).ok(CONSENT, consent('ls-03', 'guardian'));
    await t.as(youthUnion).ok(CONSENT, consent('ls-03', 'child'));
    await t.as(youthUnion).ok(DETAILS, { input: { delegateId: 'ls-03', name: 'Lương Thị Mến' } });
    const retention = t.platform.app.get(PersonalDataRetention);
    t.clock.set('2021-05-20T03:00:00Z');
    expect((await retention.eraseExpired()).erased).toEqual([]);
    t.clock.set('2021-05-23T03:00:00Z');
    const { subjectId } = await record('ls-03');
    expect((await retention.eraseExpired()).erased).toEqual(expect.arrayContaining([{ subjectId, field: 'name' }]));
    expect(await read('ls-03')).toEqual([{ field: 'name', erased: true, value: null }]);
  });
});
