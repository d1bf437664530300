import { Grant } from '../grant/grant';
import { senderMayPublish, senderSubject } from './sender-agreement';

const SENDER = 'soc-trang-gateway';
const AGENCY = 'so-y-te-soc-trang';

const agreement = (change: Partial<Grant> = {}): Grant => ({
  grantId: 'integration-1',
  subject: senderSubject(SENDER),
  role: 'integration',
  agencyId: AGENCY,
  jurisdictionUnitId: null,
  validFrom: '2024-05-20',
  validTo: null,
  revokedOn: null,
  ...change,
});

/** Given the sender's grants, when it publishes for an agency on a day, then... */
const given = (...grants: Grant[]) => ({ when: (agencyId: string, day: string) => senderMayPublish(SENDER, grants, agencyId, day) });

describe('a sending system’s agreement to publish for an agency', () => {
  it('allows the agency of an integration grant in force that day, naming the grant', () =>
    expect(given(agreement()).when(AGENCY, '2024-06-01')).toEqual({ allowed: true, grantId: 'integration-1' }));

  it('refuses a sender without an integration grant, whatever other role it holds', () =>
    expect(given(agreement({ role: 'agency-officer' })).when(AGENCY, '2024-06-01')).toEqual({
      allowed: false,
      reason: `Sender ${SENDER} is not registered for any agency`,
    }));

  it('refuses an agency its grants do not name', () =>
    expect(given(agreement()).when('so-gddt-soc-trang', '2024-06-01')).toEqual({
      allowed: false,
      reason: `Sender ${SENDER} may not act for agency so-gddt-soc-trang`,
    }));

  it('refuses a day before the grant begins, and allows its first day', () => {
    expect(given(agreement()).when(AGENCY, '2024-05-19')).toEqual({
      allowed: false,
      reason: `Sender ${SENDER} may not act for agency ${AGENCY} on 2024-05-19: grant integration-1 begins on 2024-05-20`,
    });
    expect(given(agreement()).when(AGENCY, '2024-05-20')).toMatchObject({ allowed: true });
  });

  it('refuses from the day a grant was revoked, and allows the day before', () => {
    const revoked = agreement({ revokedOn: '2024-06-01' });
    expect(given(revoked).when(AGENCY, '2024-06-01')).toEqual({
      allowed: false,
      reason: `Sender ${SENDER} may not act for agency ${AGENCY} on 2024-06-01: grant integration-1 was revoked from 2024-06-01`,
    });
    expect(given(revoked).when(AGENCY, '2024-05-31')).toMatchObject({ allowed: true });
  });

  it('refuses from the day a grant ends (validTo is exclusive)', () =>
    expect(given(agreement({ validTo: '2024-12-31' })).when(AGENCY, '2024-12-31')).toEqual({
      allowed: false,
      reason: `Sender ${SENDER} may not act for agency ${AGENCY} on 2024-12-31: grant integration-1 ended on 2024-12-31`,
    }));

  it('allows through a later grant when an earlier one was revoked', () =>
    expect(given(agreement({ revokedOn: '2024-06-01' }), agreement({ grantId: 'integration-2', validFrom: '2024-07-01' })).when(AGENCY, '2024-07-01')).toEqual({
      allowed: true,
      grantId: 'integration-2',
    }));
});
