import { Decider } from '@cpp/eventsourcing';
import { LevelsCommand } from './commands';
import { defineAdministrativeLevel } from './define-administrative-level.decide';
import { AdministrativeLevelEvent } from './events';
import { retireAdministrativeLevel } from './retire-administrative-level.decide';
import { evolveLevels, initialLevelsState, LevelsState } from './state';

/** The set of administrative levels: one small stream, because ranks are judged across levels. */
export const levelsDecider: Decider<LevelsCommand, AdministrativeLevelEvent, LevelsState> = {
  initialState: initialLevelsState,
  evolve: evolveLevels,
  decide(command, state) {
    switch (command.type) {
      case 'DefineAdministrativeLevel':
        return defineAdministrativeLevel(command, state);
      case 'RetireAdministrativeLevel':
        return retireAdministrativeLevel(command, state);
    }
  },
};
