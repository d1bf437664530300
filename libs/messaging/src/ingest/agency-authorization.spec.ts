import { StaticAgencyAllowList } from './agency-authorization';
import { RequireKnownAgency } from './require-known-agency';

describe('agency authorization', () => {
  const allowList = new StaticAgencyAllowList({ 'son-duong-gateway': ['ubnd-huyen-son-duong', 'phong-ldtbxh-son-duong'] });
  const known = new RequireKnownAgency(allowList, async (agencyId) => agencyId === 'ubnd-huyen-son-duong');

  it('allows a sender to act for the agencies listed for it, and only those', async () => {
    await expect(allowList.authorize('son-duong-gateway', 'ubnd-huyen-son-duong')).resolves.toEqual({ allowed: true });
    await expect(allowList.authorize('son-duong-gateway', 'so-ldtbxh-tuyen-quang')).resolves.toMatchObject({ allowed: false, code: 'unauthorized-agency' });
    await expect(allowList.authorize('stranger', 'ubnd-huyen-son-duong')).resolves.toMatchObject({ allowed: false, code: 'unauthorized-agency' });
  });

  it('tells an allowed sender that its agency is unknown, and a stranger only that it is not allowed', async () => {
    await expect(known.authorize('son-duong-gateway', 'ubnd-huyen-son-duong')).resolves.toEqual({ allowed: true });
    await expect(known.authorize('son-duong-gateway', 'phong-ldtbxh-son-duong')).resolves.toMatchObject({ allowed: false, code: 'unknown-agency' });
    await expect(known.authorize('stranger', 'phong-ldtbxh-son-duong')).resolves.toMatchObject({ allowed: false, code: 'unauthorized-agency' });
  });
});
