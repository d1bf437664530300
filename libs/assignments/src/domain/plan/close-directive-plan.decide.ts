import { DirectivePlanCommandOf } from './commands';
import { DirectivePlanEvent } from './events';
import { DirectivePlan } from './state';

/** Superseded or revoked, once. */
export function closeDirectivePlan(command: DirectivePlanCommandOf<'CloseDirectivePlan'>, plan: DirectivePlan): DirectivePlanEvent[] {
  if (plan.status !== 'in-force') return [];
  return [
    {
      type: 'DirectivePlanClosed',
      data: { directiveId: plan.directiveId, outcome: command.outcome, effectiveFrom: command.effectiveFrom, reason: command.reason },
    },
  ];
}
