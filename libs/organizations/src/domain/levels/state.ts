import { AdministrativeLevelEvent } from './events';

/** The administrative levels in force: data, because the district level was removed in 2025. */
export interface LevelsState {
  levels: Map<string, { name: string; rank: number; retiredFrom: string | null }>;
}

export const initialLevelsState = (): LevelsState => ({ levels: new Map() });

export function evolveLevels(state: LevelsState, event: AdministrativeLevelEvent): LevelsState {
  const levels = new Map(state.levels);
  switch (event.type) {
    case 'AdministrativeLevelDefined':
      levels.set(event.data.levelCode, { name: event.data.name, rank: event.data.rank, retiredFrom: null });
      break;
    case 'AdministrativeLevelRetired': {
      const level = levels.get(event.data.levelCode);
      if (level) levels.set(event.data.levelCode, { ...level, retiredFrom: event.data.effectiveFrom });
      break;
    }
  }
  return { levels };
}
