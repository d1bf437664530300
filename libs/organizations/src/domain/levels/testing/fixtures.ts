import { AdministrativeLevelDefined } from '../events';

export const district: AdministrativeLevelDefined = { type: 'AdministrativeLevelDefined', data: { levelCode: 'district', name: 'Huyện', rank: 3 } };
