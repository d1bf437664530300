import { deciderSpec } from '@cpp/eventsourcing/testing';
import { AdministrativeUnitEvent } from '../events';
import { UnitCommand, unitDecider } from './unit.decider';

const spec = deciderSpec(unitDecider);
const province = { levelCode: 'province', rank: 2, retiredFrom: null };
const district = { levelCode: 'district', rank: 3, retiredFrom: '2025-07-01' };
const nation = { unitId: 'viet-nam', status: 'active' as const, levelRank: 1 };

const establish: UnitCommand = { type: 'EstablishAdministrativeUnit', unitId: 'soc-trang', name: 'Tỉnh Sóc Trăng', levelCode: 'province', level: province, parentUnitId: 'viet-nam', parent: nation, effectiveFrom: '1992-04-01' };
const established: AdministrativeUnitEvent = {
  type: 'AdministrativeUnitEstablished',
  data: { unitId: 'soc-trang', name: 'Tỉnh Sóc Trăng', levelCode: 'province', parentUnitId: 'viet-nam', effectiveFrom: '1992-04-01' },
};

describe('administrative unit decider', () => {
  it('given nothing, when a province is established under the nation, then AdministrativeUnitEstablished', () => spec.given([]).when(establish).then([established]));
  it('given nothing, when its level is not defined, then NOT_FOUND', () => spec.given([]).when({ ...establish, level: null }).thenRefuses('NOT_FOUND', /level province/));
  it('given nothing, when the level was retired before the date, then BAD_USER_INPUT', () =>
    spec.given([]).when({ ...establish, levelCode: 'district', level: district, effectiveFrom: '2025-08-01' }).thenRefuses('BAD_USER_INPUT', /retired/));
  it('given nothing, when the level was retired only later, then the unit may be established', () =>
    spec.given([]).when({ ...establish, unitId: 'son-duong', levelCode: 'district', level: district, effectiveFrom: '2000-01-01' }).then([
      { type: 'AdministrativeUnitEstablished', data: { unitId: 'son-duong', name: 'Tỉnh Sóc Trăng', levelCode: 'district', parentUnitId: 'viet-nam', effectiveFrom: '2000-01-01' } },
    ]));
  it('given nothing, when placed under a unit of a lower level, then BAD_USER_INPUT', () =>
    spec.given([]).when({ ...establish, parent: { unitId: 'x', status: 'active', levelRank: 3 } }).thenRefuses('BAD_USER_INPUT', /cannot sit under/));
  it('given nothing, when the parent does not exist, then NOT_FOUND', () => spec.given([]).when({ ...establish, parent: null }).thenRefuses('NOT_FOUND', /Parent unit/));
  it('given an established unit, when established again, then CONFLICT', () => spec.given([established]).when(establish).thenRefuses('CONFLICT'));
  it('given an established unit, when merged into an active successor, then AdministrativeUnitMergedInto', () =>
    spec.given([established]).when({ type: 'MergeAdministrativeUnitInto', unitId: 'soc-trang', successor: { unitId: 'can-tho', status: 'active', levelRank: 2 }, successorUnitId: 'can-tho', effectiveFrom: '2025-07-01', decision: '202/2025/QH15' }).then([
      { type: 'AdministrativeUnitMergedInto', data: { unitId: 'soc-trang', successorUnitId: 'can-tho', effectiveFrom: '2025-07-01', decision: '202/2025/QH15' } },
    ]));
  it('given a merged unit, when renamed, then CONFLICT', () =>
    spec
      .given([established, { type: 'AdministrativeUnitMergedInto', data: { unitId: 'soc-trang', successorUnitId: 'can-tho', effectiveFrom: '2025-07-01', decision: null } }])
      .when({ type: 'RenameAdministrativeUnit', unitId: 'soc-trang', name: 'X', effectiveFrom: '2026-01-01', decision: null })
      .thenRefuses('CONFLICT', /merged/));
});
