import { daysBetween } from '../dates';
import { ObligationCommandOf } from './commands';
import { ObligationEvent } from './events';
import { Obligation } from './state';

/** Announced once per deadline, when it comes within the window. */
export function recordDeadlineApproaching(command: ObligationCommandOf<'RecordDeadlineApproaching'>, obligation: Obligation): ObligationEvent[] {
  const daysLeft = daysBetween(command.today, obligation.dueDate);
  if (obligation.status !== 'open' || daysLeft < 0 || daysLeft > command.windowDays || obligation.approachingDeadlines.includes(obligation.dueDate)) return [];
  return [
    {
      type: 'DeadlineApproaching',
      data: {
        obligationId: obligation.obligationId,
        assigneeAgencyId: obligation.assigneeAgencyId,
        dueDate: obligation.dueDate,
        daysLeft,
        noticedOn: command.today,
      },
    },
  ];
}
