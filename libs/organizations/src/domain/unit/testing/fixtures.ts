import { EstablishAdministrativeUnit } from '../commands';
import { AdministrativeUnitEstablished, AdministrativeUnitMergedInto } from '../events';

export const province = { levelCode: 'province', rank: 2, retiredFrom: null };
export const district = { levelCode: 'district', rank: 3, retiredFrom: '2025-07-01' };
export const nation = { unitId: 'viet-nam', status: 'active' as const, levelRank: 1 };

export const establish: EstablishAdministrativeUnit = {
  type: 'EstablishAdministrativeUnit',
  unitId: 'soc-trang',
  name: 'Tỉnh Sóc Trăng',
  levelCode: 'province',
  level: province,
  parentUnitId: 'viet-nam',
  parent: nation,
  effectiveFrom: '1992-04-01',
};
export const established: AdministrativeUnitEstablished = {
  type: 'AdministrativeUnitEstablished',
  data: { unitId: 'soc-trang', name: 'Tỉnh Sóc Trăng', levelCode: 'province', parentUnitId: 'viet-nam', effectiveFrom: '1992-04-01' },
};
export const mergedIntoCanTho: AdministrativeUnitMergedInto = {
  type: 'AdministrativeUnitMergedInto',
  data: { unitId: 'soc-trang', successorUnitId: 'can-tho', effectiveFrom: '2025-07-01', decision: null },
};
