import { deciderSpec } from '@cpp/eventsourcing/testing';
import { levelsDecider } from './levels.decider';
import { district } from './testing/fixtures';

const spec = deciderSpec(levelsDecider);

describe('retiring an administrative level', () => {
  it('given the district level, when retired in 2025, then AdministrativeLevelRetired', () =>
    spec
      .given([district])
      .when({ type: 'RetireAdministrativeLevel', levelCode: 'district', effectiveFrom: '2025-07-01', reason: 'two-tier local government' })
      .then([{ type: 'AdministrativeLevelRetired', data: { levelCode: 'district', effectiveFrom: '2025-07-01', reason: 'two-tier local government' } }]));
  it('given a retired level, when retired again, then CONFLICT', () =>
    spec
      .given([district, { type: 'AdministrativeLevelRetired', data: { levelCode: 'district', effectiveFrom: '2025-07-01', reason: 'x' } }])
      .when({ type: 'RetireAdministrativeLevel', levelCode: 'district', effectiveFrom: '2025-08-01', reason: 'y' })
      .thenRefuses('CONFLICT', /already retired/));
  it('given no levels, when an unknown level is retired, then NOT_FOUND', () =>
    spec.given([]).when({ type: 'RetireAdministrativeLevel', levelCode: 'district', effectiveFrom: '2025-07-01', reason: 'x' }).thenRefuses('NOT_FOUND'));
});
