import { Decider } from '@cpp/eventsourcing';
import { RefusalCommand } from './commands';
import { RefusalEvent } from './events';
import { recordRefusal } from './record-refusal.decide';
import { evolve, initialState, RefusalState } from './state';

export const refusalDecider: Decider<RefusalCommand, RefusalEvent, RefusalState> = {
  initialState,
  evolve,
  decide: (command, state) => recordRefusal(command, state),
};
