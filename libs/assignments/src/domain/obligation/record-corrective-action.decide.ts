import { ObligationCommandOf } from './commands';
import { ObligationEvent } from './events';
import { isClosed } from './guards';
import { Obligation } from './state';
import { submitted } from './submission';

/** An inspection's corrective action is the recommendation's submission, taken once per inspections event. */
export function recordCorrectiveAction(command: ObligationCommandOf<'RecordCorrectiveAction'>, obligation: Obligation): ObligationEvent[] {
  if (obligation.status === 'done' || isClosed(obligation)) return [];
  if (obligation.submissions.some((s) => s.sourceEventId === command.sourceEventId)) return [];
  return [submitted(obligation, command.agencyId, command.reportedOn, [], command.action, command.sourceEventId)];
}
