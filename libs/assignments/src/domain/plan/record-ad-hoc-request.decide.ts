import { notFound, requireLocalDate } from '@cpp/eventsourcing';
import { DirectivePlanCommandOf } from './commands';
import { DirectivePlanEvent } from './events';
import { requireInForce } from './guards';
import { DirectivePlan } from './state';

/** Báo cáo đột xuất: under one of the plan's regimes, once per request. */
export function recordAdHocRequest(command: DirectivePlanCommandOf<'RecordAdHocRequest'>, plan: DirectivePlan): DirectivePlanEvent[] {
  if (plan.adHocRequests.some((request) => request.requestId === command.requestId)) return [];
  requireInForce(plan);
  if (!plan.regimes.some((regime) => regime.regimeId === command.regimeId))
    throw notFound(`Directive ${plan.directiveId} has no reporting regime ${command.regimeId}`);
  requireLocalDate(command.dueDate, 'dueDate');
  const { type: _type, ...data } = command;
  return [{ type: 'AdHocReportRecorded', data }];
}
