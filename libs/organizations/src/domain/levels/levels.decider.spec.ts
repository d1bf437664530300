import { deciderSpec } from '@cpp/eventsourcing/testing';
import { levelsDecider } from './levels.decider';

const spec = deciderSpec(levelsDecider);
const district = { type: 'AdministrativeLevelDefined' as const, data: { levelCode: 'district', name: 'Huyện', rank: 3 } };

describe('administrative levels decider', () => {
  it('given no levels, when a level is defined, then AdministrativeLevelDefined', () =>
    spec.given([]).when({ type: 'DefineAdministrativeLevel', levelCode: 'district', name: 'Huyện', rank: 3 }).then([district]));
  it('given a level, when another level takes its rank, then CONFLICT', () =>
    spec.given([district]).when({ type: 'DefineAdministrativeLevel', levelCode: 'ward', name: 'Phường', rank: 3 }).thenRefuses('CONFLICT', /rank 3/));
  it('given the district level, when retired in 2025, then AdministrativeLevelRetired', () =>
    spec.given([district]).when({ type: 'RetireAdministrativeLevel', levelCode: 'district', effectiveFrom: '2025-07-01', reason: 'two-tier local government' }).then([
      { type: 'AdministrativeLevelRetired', data: { levelCode: 'district', effectiveFrom: '2025-07-01', reason: 'two-tier local government' } },
    ]));
  it('given a retired level, when retired again, then CONFLICT', () =>
    spec
      .given([district, { type: 'AdministrativeLevelRetired', data: { levelCode: 'district', effectiveFrom: '2025-07-01', reason: 'x' } }])
      .when({ type: 'RetireAdministrativeLevel', levelCode: 'district', effectiveFrom: '2025-08-01', reason: 'y' })
      .thenRefuses('CONFLICT', /already retired/));
  it('given no levels, when an unknown level is retired, then NOT_FOUND', () =>
    spec.given([]).when({ type: 'RetireAdministrativeLevel', levelCode: 'district', effectiveFrom: '2025-07-01', reason: 'x' }).thenRefuses('NOT_FOUND'));
});
