import type { AdHocReportRequested } from '@cpp/directives';
import { DirectivePlanCommand } from '../plan/commands';
import { adHocObligations } from '../plan/plan-derivations';
import { DirectivePlan } from '../plan/state';
import { openObligation } from './open-obligation.policy';
import { ReactionCommand } from './reaction-command';
import { FormerAgencies } from './succession.policy';

/** Báo cáo đột xuất: recorded on the plan first, once per request. */
export function recordAdHocRequest(request: AdHocReportRequested['data']): DirectivePlanCommand {
  const { directiveId, regimeId, requestId, content, reportingAgencyIds, dueDate, requestedOn } = request;
  return { type: 'RecordAdHocRequest', directiveId, regimeId, requestId, content, reportingAgencyIds, dueDate, requestedOn };
}

/** Then one obligation per agency it binds, while the plan is in force. */
export function openAdHocReports(requested: AdHocReportRequested['data'], facts: { plan: DirectivePlan; former: FormerAgencies }): ReactionCommand[] {
  const { plan, former } = facts;
  const request = plan.adHocRequests.find((candidate) => candidate.requestId === requested.requestId);
  if (!request || plan.status !== 'in-force') return [];
  return adHocObligations(plan, request).flatMap((spec) => openObligation(spec, requested.requestedOn, former));
}
