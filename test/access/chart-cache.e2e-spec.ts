import { Actor } from '@cpp/access';
import { admin, startTestPlatform, TestPlatform } from '../support/platform-harness';

const REGISTER = `mutation ($input: RegisterAgencyInput!) { registerAgency(input: $input) { projected } }`;
const OBLIGATIONS = `query ($a: ID!) { obligations(agency: $a) { id } }`;
/** An officer of an agency about to be registered in the province of Sóc Trăng: once it is, the province is their jurisdiction. */
const newcomer: Actor = { subject: 'can-bo-ctxh-moi', name: 'Cán bộ Trung tâm mới', agencyId: 'ctxh-moi-soc-trang', roles: ['agency-officer'] };

/**
 * The guard judges against access's chart, cached under the version the chart projection bumps
 * with every chart event it applies: a change made through the API is what the very next
 * request is judged on, although the chart was cached by the request before it.
 */
describe('the chart the guard judges against, cached until the chart changes', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform();
  }, 180000);
  afterAll(() => t?.stop());

  it('judges the request after a registration on the chart that places the officer’s agency', async () => {
    // The chart does not know their agency yet, so their grant reaches nothing; this request also caches the chart.
    expect(await t.as(newcomer).errorCode(OBLIGATIONS, { a: 'ubnd-soc-trang' })).toBe('FORBIDDEN');
    expect((await t.as(admin).ok(REGISTER, { input: newAgency('ctxh-moi-soc-trang') })).registerAgency.projected).toBe(true);
    expect((await t.as(newcomer).ok(OBLIGATIONS, { a: 'ubnd-soc-trang' })).obligations).toEqual(expect.any(Array));
    // Outside the province the new chart still places them nowhere else.
    expect(await t.as(newcomer).errorCode(OBLIGATIONS, { a: 'so-y-te-tuyen-quang' })).toBe('FORBIDDEN');
  });
});

const newAgency = (agencyId: string) => ({
  agencyId,
  name: 'Trung tâm Công tác xã hội tỉnh Sóc Trăng',
  kind: 'SERVICE_PROVIDER',
  unitId: 'soc-trang',
  parentAgencyId: 'so-ldtbxh-soc-trang',
  functions: ['child-protection'],
  effectiveFrom: '2021-01-01',
});
