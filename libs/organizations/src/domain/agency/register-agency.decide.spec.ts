import { deciderSpec } from '@cpp/eventsourcing/testing';
import { agencyDecider } from './agency.decider';
import { fact, register, registered, unit } from './testing/fixtures';

const spec = deciderSpec(agencyDecider);

describe('registering an agency', () => {
  it('given nothing, when registered, then AgencyRegistered with a trimmed name and distinct functions', () =>
    spec.given([]).when(register).then([registered]));
  it('given a registered agency, when registered again, then CONFLICT', () =>
    spec
      .given([registered])
      .when(register)
      .thenRefuses('CONFLICT', /already registered/));
  it('given nothing, when the unit does not exist, then NOT_FOUND', () =>
    spec
      .given([])
      .when({ ...register, unit: null })
      .thenRefuses('NOT_FOUND', /unit soc-trang/));
  it('given nothing, when the unit was merged away, then BAD_USER_INPUT', () =>
    spec
      .given([])
      .when({ ...register, unit: { ...unit, status: 'merged' } })
      .thenRefuses('BAD_USER_INPUT', /no longer exists/));
  it('given nothing, when the parent agency is unknown, then NOT_FOUND', () =>
    spec
      .given([])
      .when({ ...register, parentAgencyId: 'ubnd-x', parent: null })
      .thenRefuses('NOT_FOUND', /Parent agency/));
  it('given nothing, when the parent agency was dissolved, then BAD_USER_INPUT', () =>
    spec
      .given([])
      .when({ ...register, parentAgencyId: 'ubnd-x', parent: fact('ubnd-x', 'dissolved') })
      .thenRefuses('BAD_USER_INPUT', /dissolved/));
  it('given nothing, when the id is not a slug, then BAD_USER_INPUT', () =>
    spec
      .given([])
      .when({ ...register, agencyId: 'Sở Y tế' })
      .thenRefuses('BAD_USER_INPUT', /lower-case/));
  it('given nothing, when the date is not a calendar date, then BAD_USER_INPUT', () =>
    spec
      .given([])
      .when({ ...register, effectiveFrom: '2021-02-30' })
      .thenRefuses('BAD_USER_INPUT', /YYYY-MM-DD/));
  it('given nothing, when the kind is unknown, then BAD_USER_INPUT', () =>
    spec
      .given([])
      .when({ ...register, kind: 'castle' as never })
      .thenRefuses('BAD_USER_INPUT', /kind/));
});
