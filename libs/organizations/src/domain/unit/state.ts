import { AdministrativeUnitEvent } from './events';

export type UnitState =
  { status: 'none' } | { status: 'active' | 'merged'; unitId: string; name: string; levelCode: string; parentUnitId: string | null; lastChange: string };

export const initialUnitState = (): UnitState => ({ status: 'none' });

export function evolveUnit(state: UnitState, event: AdministrativeUnitEvent): UnitState {
  switch (event.type) {
    case 'AdministrativeUnitEstablished':
      return {
        status: 'active',
        unitId: event.data.unitId,
        name: event.data.name,
        levelCode: event.data.levelCode,
        parentUnitId: event.data.parentUnitId,
        lastChange: event.data.effectiveFrom,
      };
    case 'AdministrativeUnitRenamed':
      return state.status === 'none' ? state : { ...state, name: event.data.name, lastChange: event.data.effectiveFrom };
    case 'AdministrativeUnitMergedInto':
      return state.status === 'none' ? state : { ...state, status: 'merged', lastChange: event.data.effectiveFrom };
  }
}
