import { Decider, notFound } from '@cpp/eventsourcing';
import { amendDeadline } from './amend-deadline.decide';
import { closeObligation } from './close-obligation.decide';
import { ObligationCommand } from './commands';
import { correctFigures } from './correct-figures.decide';
import { ObligationEvent } from './events';
import { extendDeadline } from './extend-deadline.decide';
import { fulfilObligation } from './fulfil-obligation.decide';
import { markObligationOverdue } from './mark-obligation-overdue.decide';
import { openObligation } from './open-obligation.decide';
import { reassignObligation } from './reassign-obligation.decide';
import { recordCorrectiveAction } from './record-corrective-action.decide';
import { recordDeadlineApproaching } from './record-deadline-approaching.decide';
import { reopenObligation } from './reopen-obligation.decide';
import { evolve, initialState, ObligationState } from './state';
import { submitReport } from './submit-report.decide';

/** Commands a person or the monitor sends about a named obligation: naming one that does not exist is an error. */
const NAMES_AN_OBLIGATION = new Set<ObligationCommand['type']>([
  'SubmitReport',
  'CorrectFigures',
  'ExtendDeadline',
  'MarkObligationOverdue',
  'RecordDeadlineApproaching',
]);

export const obligationDecider: Decider<ObligationCommand, ObligationEvent, ObligationState> = {
  initialState,
  evolve,
  decide(command, state) {
    if (command.type === 'OpenObligation') return openObligation(command, state);
    if (state.status === 'none') {
      if (NAMES_AN_OBLIGATION.has(command.type)) throw notFound(`No obligation ${command.obligationId}`);
      // Process managers follow other contexts' facts; one about an obligation never opened changes nothing.
      return [];
    }
    switch (command.type) {
      case 'SubmitReport':
        return submitReport(command, state);
      case 'RecordCorrectiveAction':
        return recordCorrectiveAction(command, state);
      case 'CorrectFigures':
        return correctFigures(command, state);
      case 'ExtendDeadline':
        return extendDeadline(command, state);
      case 'AmendDeadline':
        return amendDeadline(command, state);
      case 'MarkObligationOverdue':
        return markObligationOverdue(command, state);
      case 'RecordDeadlineApproaching':
        return recordDeadlineApproaching(command, state);
      case 'ReassignObligation':
        return reassignObligation(command, state);
      case 'CloseObligation':
        return closeObligation(command, state);
      case 'FulfilObligation':
        return fulfilObligation(command, state);
      case 'ReopenObligation':
        return reopenObligation(command, state);
    }
  },
};
