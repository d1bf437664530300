import { DirectivePlanCommandOf } from './commands';
import { DirectivePlanEvent } from './events';
import { requireInForce } from './guards';
import { DirectivePlan } from './state';

/** Each DirectiveAmended is taken once; a closed plan takes none. */
export function recordAmendment(command: DirectivePlanCommandOf<'RecordAmendment'>, plan: DirectivePlan): DirectivePlanEvent[] {
  if (plan.amendmentSourceEventIds.includes(command.sourceEventId)) return [];
  requireInForce(plan);
  const { type: _type, ...data } = command;
  return [{ type: 'DirectivePlanAmended', data }];
}
