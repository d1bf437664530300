import { deciderSpec } from '@cpp/eventsourcing/testing';
import { district, establish, established } from './testing/fixtures';
import { unitDecider } from './unit.decider';

const spec = deciderSpec(unitDecider);

describe('establishing an administrative unit', () => {
  it('given nothing, when a province is established under the nation, then AdministrativeUnitEstablished', () =>
    spec.given([]).when(establish).then([established]));
  it('given nothing, when its level is not defined, then NOT_FOUND', () =>
    spec
      .given([])
      .when({ ...establish, level: null })
      .thenRefuses('NOT_FOUND', /level province/));
  it('given nothing, when the level was retired before the date, then BAD_USER_INPUT', () =>
    spec
      .given([])
      .when({ ...establish, levelCode: 'district', level: district, effectiveFrom: '2025-08-01' })
      .thenRefuses('BAD_USER_INPUT', /retired/));
  it('given nothing, when the level was retired only later, then the unit may be established', () =>
    spec
      .given([])
      .when({ ...establish, unitId: 'son-duong', levelCode: 'district', level: district, effectiveFrom: '2000-01-01' })
      .then([
        {
          type: 'AdministrativeUnitEstablished',
          data: { unitId: 'son-duong', name: 'Tỉnh Sóc Trăng', levelCode: 'district', parentUnitId: 'viet-nam', effectiveFrom: '2000-01-01' },
        },
      ]));
  it('given nothing, when placed under a unit of a lower level, then BAD_USER_INPUT', () =>
    spec
      .given([])
      .when({ ...establish, parent: { unitId: 'x', status: 'active', levelRank: 3 } })
      .thenRefuses('BAD_USER_INPUT', /cannot sit under/));
  it('given nothing, when the parent does not exist, then NOT_FOUND', () =>
    spec
      .given([])
      .when({ ...establish, parent: null })
      .thenRefuses('NOT_FOUND', /Parent unit/));
  it('given an established unit, when established again, then CONFLICT', () => spec.given([established]).when(establish).thenRefuses('CONFLICT'));
});
