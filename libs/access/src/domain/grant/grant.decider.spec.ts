import { deciderSpec } from '@cpp/eventsourcing/testing';
import { GrantAccess, RevokeAccess } from './commands';
import { AccessGranted, AccessRevoked } from './events';
import { grantDecider } from './grant.decider';

const spec = deciderSpec(grantDecider);
const administrator = { subject: 'user:quan-tri-soc-trang', administersJurisdiction: true };
const grant = (change: Partial<GrantAccess> = {}): GrantAccess => ({
  type: 'GrantAccess',
  grantId: 'g-1',
  subject: 'can-bo-so-y-te',
  role: 'agency-officer',
  agencyId: 'so-y-te-soc-trang',
  jurisdictionUnitId: null,
  validFrom: '2024-01-01',
  validTo: null,
  granter: administrator,
  ...change,
});
const granted: AccessGranted = {
  type: 'AccessGranted',
  data: {
    grantId: 'g-1',
    subject: 'can-bo-so-y-te',
    role: 'agency-officer',
    agencyId: 'so-y-te-soc-trang',
    jurisdictionUnitId: null,
    validFrom: '2024-01-01',
    validTo: null,
    grantedBy: 'user:quan-tri-soc-trang',
  },
};
const revoke = (change: Partial<RevokeAccess> = {}): RevokeAccess => ({
  type: 'RevokeAccess',
  grantId: 'g-1',
  revokedOn: '2024-06-01',
  reason: ' chuyển công tác ',
  granter: administrator,
  ...change,
});
const revoked: AccessRevoked = {
  type: 'AccessRevoked',
  data: { grantId: 'g-1', subject: 'can-bo-so-y-te', revokedOn: '2024-06-01', reason: 'chuyển công tác', revokedBy: 'user:quan-tri-soc-trang' },
};

describe('grant decider', () => {
  it('an administrator of the jurisdiction grants a role for an agency', () => spec.given([]).when(grant()).then([granted]));
  it('anyone else is refused', () =>
    spec
      .given([])
      .when(grant({ granter: { subject: 'user:x', administersJurisdiction: false } }))
      .thenRefuses('FORBIDDEN', /administrator of that jurisdiction/));
  it('a grant id is used once', () => spec.given([granted]).when(grant()).thenRefuses('CONFLICT'));
  it('an agency-bound role names its agency', () =>
    spec
      .given([])
      .when(grant({ agencyId: null }))
      .thenRefuses('BAD_USER_INPUT', /acts for an agency/));
  it('a steering committee or an auditor may reach a jurisdiction without an agency', () => {
    spec
      .given([])
      .when(grant({ role: 'auditor', agencyId: null }))
      .then([{ type: 'AccessGranted', data: { ...granted.data, role: 'auditor', agencyId: null } }]);
  });
  it('validTo comes after validFrom', () =>
    spec
      .given([])
      .when(grant({ validTo: '2023-12-31' }))
      .thenRefuses('BAD_USER_INPUT', /validTo/));
  it('a revocation is dated and says why; the history keeps the grant', () => spec.given([granted]).when(revoke()).then([revoked]));
  it('revoking twice changes nothing', () => spec.given([granted, revoked]).when(revoke()).then([]));
  it('a grant cannot be revoked before it began', () =>
    spec
      .given([granted])
      .when(revoke({ revokedOn: '2023-01-01' }))
      .thenRefuses('BAD_USER_INPUT'));
  it('only an administrator of the jurisdiction revokes', () =>
    spec
      .given([granted])
      .when(revoke({ granter: { subject: 'user:x', administersJurisdiction: false } }))
      .thenRefuses('FORBIDDEN'));
  it('an unknown grant cannot be revoked', () => spec.given([]).when(revoke()).thenRefuses('NOT_FOUND'));
});
