import { Decider } from '@cpp/eventsourcing';
import { UnitCommand } from './commands';
import { establishAdministrativeUnit } from './establish-administrative-unit.decide';
import { AdministrativeUnitEvent } from './events';
import { mergeAdministrativeUnitInto } from './merge-administrative-unit-into.decide';
import { renameAdministrativeUnit } from './rename-administrative-unit.decide';
import { evolveUnit, initialUnitState, UnitState } from './state';

/** One administrative unit (nation, province, commune…) from its establishment to its merger. */
export const unitDecider: Decider<UnitCommand, AdministrativeUnitEvent, UnitState> = {
  initialState: initialUnitState,
  evolve: evolveUnit,
  decide(command, state) {
    switch (command.type) {
      case 'EstablishAdministrativeUnit':
        return establishAdministrativeUnit(command, state);
      case 'RenameAdministrativeUnit':
        return renameAdministrativeUnit(command, state);
      case 'MergeAdministrativeUnitInto':
        return mergeAdministrativeUnitInto(command, state);
    }
  },
};
