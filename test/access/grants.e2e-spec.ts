import { Actor } from '@cpp/access';
import { EventStore } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { startTestPlatform, TestPlatform } from '../support/platform-harness';

const GRANT = `mutation ($i: GrantAccessInput!) { grantAccess(input: $i) { changed } }`;
const REVOKE = `mutation ($i: RevokeAccessInput!) { revokeAccess(input: $i) { changed } }`;
const GRANTS = `query ($s: String!) { grants(subject: $s) { grantId role agencyId validFrom revokedOn } }`;
const OBLIGATIONS = `query ($a: ID!) { obligations(agency: $a) { id } }`;
const provincialAdmin: Actor = {
  subject: 'quan-tri-soc-trang',
  name: 'Quản trị tỉnh Sóc Trăng',
  agencyId: 'ubnd-soc-trang',
  roles: ['provincial-administrator'],
};
/** Someone the identity provider knows, whom no one has granted anything yet. */
const newcomer: Actor = { subject: 'can-bo-moi-ke-sach', name: 'Cán bộ mới', agencyId: null, roles: [] };

describe('grants as events, granted and revoked by an administrator of the jurisdiction', () => {
  let t: TestPlatform;
  let store: EventStore;

  beforeAll(async () => {
    t = await startTestPlatform({ now: '2024-06-01T03:00:00Z' });
    store = t.platform.app.get<EventStore>(EVENT_STORE);
    await t.grant(provincialAdmin);
  }, 180000);
  afterAll(() => t?.stop());

  it('a token alone reads nothing; a grant from the provincial administrator opens the agency’s data, a revocation closes it, the history stays', async () => {
    expect(await t.as(newcomer).errorCode(OBLIGATIONS, { a: 'ubnd-ke-sach' })).toBe('FORBIDDEN');
    await t
      .as(provincialAdmin)
      .ok(GRANT, { i: { grantId: 'g-ke-sach-1', subject: newcomer.subject, role: 'agency-officer', agencyId: 'ubnd-ke-sach', validFrom: '2024-05-01' } });
    expect((await t.as(newcomer).ok(OBLIGATIONS, { a: 'ubnd-ke-sach' })).obligations).toEqual(expect.any(Array));
    // A district officer's jurisdiction is the district: the province's departments are outside it.
    expect(await t.as(newcomer).errorCode(OBLIGATIONS, { a: 'so-y-te-soc-trang' })).toBe('FORBIDDEN');

    await t.as(provincialAdmin).ok(REVOKE, { i: { grantId: 'g-ke-sach-1', revokedOn: '2024-06-01', reason: 'Chuyển công tác' } });
    expect(await t.as(newcomer).errorCode(OBLIGATIONS, { a: 'ubnd-ke-sach' })).toBe('FORBIDDEN');
    expect((await t.as(provincialAdmin).ok(GRANTS, { s: newcomer.subject })).grants).toEqual([
      { grantId: 'g-ke-sach-1', role: 'agency-officer', agencyId: 'ubnd-ke-sach', validFrom: '2024-05-01', revokedOn: '2024-06-01' },
    ]);
  });

  it('a grant not yet begun confers nothing until its day', async () => {
    await t
      .as(provincialAdmin)
      .ok(GRANT, { i: { grantId: 'g-ke-sach-2', subject: 'can-bo-tuong-lai', role: 'agency-officer', agencyId: 'ubnd-ke-sach', validFrom: '2024-07-01' } });
    const future: Actor = { subject: 'can-bo-tuong-lai', name: 'x', agencyId: null, roles: [] };
    expect(await t.as(future).errorCode(OBLIGATIONS, { a: 'ubnd-ke-sach' })).toBe('FORBIDDEN');
    t.clock.set(new Date('2024-07-02T03:00:00Z'));
    expect((await t.as(future).ok(OBLIGATIONS, { a: 'ubnd-ke-sach' })).obligations).toEqual(expect.any(Array));
    t.clock.set(new Date('2024-06-01T03:00:00Z'));
  });

  it.each([
    ['for an agency of another province', { agencyId: 'so-y-te-tuyen-quang', role: 'agency-officer' }],
    ['over the whole country', { agencyId: null, role: 'steering-committee' }],
    ['over another province', { agencyId: null, role: 'steering-committee', jurisdictionUnitId: 'tuyen-quang' }],
  ])('a provincial administrator may not grant %s (FORBIDDEN, nothing written)', async (_label, change) => {
    const before = await store.headCheckpoint();
    expect(await t.as(provincialAdmin).errorCode(GRANT, { i: { grantId: 'g-outside', subject: 'x', validFrom: '2024-05-01', ...change } })).toBe('FORBIDDEN');
    expect(await store.headCheckpoint()).toEqual(before);
  });

  it('an officer may not grant at all', async () => {
    const officer: Actor = { subject: 'can-bo-so-y-te-soc-trang', name: 'x', agencyId: 'so-y-te-soc-trang', roles: ['agency-officer'] };
    expect(
      await t.as(officer).errorCode(GRANT, { i: { grantId: 'g-self', subject: officer.subject, role: 'steering-committee', validFrom: '2024-05-01' } }),
    ).toBe('FORBIDDEN');
  });
});
