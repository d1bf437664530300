import { Decider } from '@cpp/eventsourcing';
import { DelegateCommand } from './commands';
import { DelegateEvent } from './events';
import { decideGiveDelegateConsent } from './give-delegate-consent.decide';
import { decideRecordDelegatePersonalDetails } from './record-delegate-personal-details.decide';
import { decideSelectDelegate } from './select-delegate.decide';
import { DelegateState, evolveDelegate, initialDelegateState } from './state';
import { decideWithdrawDelegateConsent } from './withdraw-delegate-consent.decide';

export const delegateDecider: Decider<DelegateCommand, DelegateEvent, DelegateState> = {
  initialState: initialDelegateState,
  evolve: evolveDelegate,
  decide(command, state) {
    switch (command.type) {
      case 'SelectDelegate':
        return decideSelectDelegate(command, state);
      case 'GiveDelegateConsent':
        return decideGiveDelegateConsent(command, state);
      case 'RecordDelegatePersonalDetails':
        return decideRecordDelegatePersonalDetails(command, state);
      case 'WithdrawDelegateConsent':
        return decideWithdrawDelegateConsent(command, state);
    }
  },
};
