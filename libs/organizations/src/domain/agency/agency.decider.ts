import { Decider } from '@cpp/eventsourcing';
import { absorbPredecessors } from './absorb-predecessors.decide';
import { AgencyCommand } from './commands';
import { dissolveAgency } from './dissolve-agency.decide';
import { AgencyEvent } from './events';
import { mergeAgencyInto } from './merge-agency-into.decide';
import { receiveFunction } from './receive-function.decide';
import { registerAgency } from './register-agency.decide';
import { renameAgency } from './rename-agency.decide';
import { AgencyState, evolveAgency, initialAgencyState } from './state';
import { transferFunction } from './transfer-function.decide';

/** One agency of the organisation chart, from its registration to its merger or dissolution. */
export const agencyDecider: Decider<AgencyCommand, AgencyEvent, AgencyState> = {
  initialState: initialAgencyState,
  evolve: evolveAgency,
  decide(command, state) {
    switch (command.type) {
      case 'RegisterAgency':
        return registerAgency(command, state);
      case 'RenameAgency':
        return renameAgency(command, state);
      case 'MergeAgencyInto':
        return mergeAgencyInto(command, state);
      case 'AbsorbPredecessors':
        return absorbPredecessors(command, state);
      case 'TransferFunction':
        return transferFunction(command, state);
      case 'ReceiveFunction':
        return receiveFunction(command, state);
      case 'DissolveAgency':
        return dissolveAgency(command, state);
    }
  },
};
