import { actsFor, forbidden, hasOversight, invalid, requireLocalDate } from '@cpp/eventsourcing';
import { ObligationCommandOf } from './commands';
import { ObligationEvent } from './events';
import { requireStillOwed } from './guards';
import { Obligation } from './state';
import { submitted, validFigures } from './submission';

/** Only the obligated agency submits; only oversight may record a paper report received before today. */
export function submitReport(command: ObligationCommandOf<'SubmitReport'>, obligation: Obligation): ObligationEvent[] {
  const { obligationId } = obligation;
  if (!actsFor(command.requester, obligation.assigneeAgencyId))
    throw forbidden(`Obligation ${obligationId} is owed by ${obligation.assigneeAgencyId}; only that agency (or the steering committee) may submit it`);
  if (obligation.kind === 'task') throw invalid(`Obligation ${obligationId} is a task's deadline: it is met by completing the task`);
  if (obligation.kind === 'recommendation')
    throw invalid(`Obligation ${obligationId} is an inspection's recommendation: corrective actions are reported to the inspection`);
  if (obligation.kind === 'forum-recommendation')
    throw invalid(`Obligation ${obligationId} is a children's forum's recommendation: it is answered to the forum`);
  requireStillOwed(obligation);
  requireLocalDate(command.submittedOn, 'submittedOn');
  if (command.submittedOn > command.today) throw invalid(`A report cannot be submitted on ${command.submittedOn}, after today (${command.today})`);
  if (command.submittedOn < command.today && !hasOversight(command.requester))
    throw forbidden('Only the steering committee may record a report received on paper before today');
  const figures = validFigures(command.figures, 'figures');
  const note = command.note?.trim() || null;
  if (figures.length === 0 && !note) throw invalid('A report needs figures or a note');
  return [submitted(obligation, obligation.assigneeAgencyId, command.submittedOn, figures, note, null)];
}
