import { conflict, Decider, invalid, notFound } from '@cpp/eventsourcing';
import { requireLocalDate } from '../dates';
import { AdministrativeLevelEvent } from '../events';

/** The administrative levels in force: data, because the district level was removed in 2025. */
export interface LevelsState {
  levels: Map<string, { name: string; rank: number; retiredFrom: string | null }>;
}

export type LevelsCommand =
  | { type: 'DefineAdministrativeLevel'; levelCode: string; name: string; rank: number }
  | { type: 'RetireAdministrativeLevel'; levelCode: string; effectiveFrom: string; reason: string };

const LEVEL_CODE = /^[a-z][a-z0-9-]{1,39}$/;

export const levelsDecider: Decider<LevelsCommand, AdministrativeLevelEvent, LevelsState> = {
  initialState: () => ({ levels: new Map() }),

  evolve(state, event) {
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
  },

  decide(command, state) {
    switch (command.type) {
      case 'DefineAdministrativeLevel': {
        if (!LEVEL_CODE.test(command.levelCode)) throw invalid(`Level code "${command.levelCode}" must be lower-case letters, digits and dashes`);
        if (state.levels.has(command.levelCode)) throw conflict(`Administrative level ${command.levelCode} is already defined`);
        if ([...state.levels.values()].some((level) => level.rank === command.rank && level.retiredFrom === null)) {
          throw conflict(`Another level in force already has rank ${command.rank}`);
        }
        return [{ type: 'AdministrativeLevelDefined', data: { levelCode: command.levelCode, name: command.name, rank: command.rank } }];
      }
      case 'RetireAdministrativeLevel': {
        requireLocalDate(command.effectiveFrom, 'effectiveFrom');
        const level = state.levels.get(command.levelCode);
        if (!level) throw notFound(`Administrative level ${command.levelCode} is not defined`);
        if (level.retiredFrom !== null) throw conflict(`Administrative level ${command.levelCode} was already retired on ${level.retiredFrom}`);
        return [{ type: 'AdministrativeLevelRetired', data: { levelCode: command.levelCode, effectiveFrom: command.effectiveFrom, reason: command.reason } }];
      }
    }
  },
};
