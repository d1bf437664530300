import { AgencyAuthorization, StaticAgencyAllowList } from './agency-authorization';
import { RequireKnownAgency } from './require-known-agency';

describe('agency authorization', () => {
  const at = new Date('2024-06-01T02:00:00Z');
  const allowList: AgencyAuthorization = new StaticAgencyAllowList({ 'son-duong-gateway': ['ubnd-huyen-son-duong', 'phong-ldtbxh-son-duong'] });
  const known = new RequireKnownAgency(allowList, async (agencyId) => agencyId === 'ubnd-huyen-son-duong');

  it('allows a sender to act for the agencies listed for it, and only those', async () => {
    await expect(allowList.authorize('son-duong-gateway', 'ubnd-huyen-son-duong', at)).resolves.toEqual({ allowed: true });
    await expect(allowList.authorize('son-duong-gateway', 'so-ldtbxh-tuyen-quang', at)).resolves.toMatchObject({ allowed: false, code: 'unauthorized-agency' });
    await expect(allowList.authorize('stranger', 'ubnd-huyen-son-duong', at)).resolves.toMatchObject({ allowed: false, code: 'unauthorized-agency' });
  });

  it('tells an allowed sender that its agency is unknown, and a stranger only that it is not allowed', async () => {
    await expect(known.authorize('son-duong-gateway', 'ubnd-huyen-son-duong', at)).resolves.toEqual({ allowed: true });
    await expect(known.authorize('son-duong-gateway', 'phong-ldtbxh-son-duong', at)).resolves.toMatchObject({ allowed: false, code: 'unknown-agency' });
    await expect(known.authorize('stranger', 'phong-ldtbxh-son-duong', at)).resolves.toMatchObject({ allowed: false, code: 'unauthorized-agency' });
  });

  it('asks the agreements about the day the message says it happened', async () => {
    const from = new Date('2024-06-01T00:00:00Z');
    const dated: AgencyAuthorization = {
      authorize: async (_sender, _agency, occurredAt) =>
        occurredAt >= from ? { allowed: true } : { allowed: false, code: 'unauthorized-agency', reason: 'Not yet agreed' },
    };
    const judged = new RequireKnownAgency(dated, async () => true);
    await expect(judged.authorize('son-duong-gateway', 'ubnd-huyen-son-duong', at)).resolves.toEqual({ allowed: true });
    await expect(judged.authorize('son-duong-gateway', 'ubnd-huyen-son-duong', new Date('2024-05-31T23:00:00Z'))).resolves.toMatchObject({
      allowed: false,
      reason: 'Not yet agreed',
    });
  });
});
