import { DirectivePlanCommandOf } from './commands';
import { DirectivePlanEvent } from './events';
import { DirectivePlan } from './state';

/** The horizon only moves forward, and only while the plan is in force. */
export function extendReportingHorizon(command: DirectivePlanCommandOf<'ExtendReportingHorizon'>, plan: DirectivePlan): DirectivePlanEvent[] {
  if (plan.status !== 'in-force' || command.horizon <= plan.horizon) return [];
  return [{ type: 'ReportingHorizonExtended', data: { directiveId: plan.directiveId, previousHorizon: plan.horizon, horizon: command.horizon } }];
}
