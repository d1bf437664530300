import type { DirectiveIssued } from '@cpp/directives';
import { DirectivePlanCommand } from '../plan/commands';
import { periodicObligations, taskAssignments } from '../plan/plan-derivations';
import { horizonFor } from '../plan/reporting-periods';
import { DirectivePlan } from '../plan/state';
import { openObligation } from './open-obligation.policy';
import { ReactionCommand, toTask } from './reaction-command';
import { FormerAgencies } from './succession.policy';

/**
 * Issuing a directive assigns each task to its lead and coordinating agencies and opens one
 * obligation per reporting period. The plan is recorded first, in this context's own stream,
 * and every assignment is derived from it, so a repeated delivery derives the same ids and
 * opens nothing twice.
 */
export function recordIssuedDirective(directive: DirectiveIssued['data'], facts: { today: string }): DirectivePlanCommand {
  return {
    type: 'RecordDirectivePlan',
    directiveId: directive.directiveId,
    document: {
      documentNumber: directive.documentNumber.raw,
      subject: directive.subject,
      issuingAgencyId: directive.issuingAgencyId,
      issuedOn: directive.issuedOn,
    },
    tasks: directive.tasks,
    regimes: directive.reportingRegimes,
    horizon: horizonFor(facts.today),
  };
}

/** What the recorded plan gives rise to, dated the day the directive was issued (or took effect, or was recorded). */
export function assignIssuedDirective(
  directive: DirectiveIssued['data'],
  facts: { plan: DirectivePlan; recordedOn: string; former: FormerAgencies },
): ReactionCommand[] {
  const { plan, former } = facts;
  if (plan.status !== 'in-force') return [];
  const on = directive.issuedOn ?? directive.effectiveFrom ?? facts.recordedOn;
  return [
    ...plan.tasks.flatMap((task) => taskAssignments(plan, task).map((spec) => toTask({ type: 'AssignTask', spec, assignedOn: on }))),
    ...openPeriods(plan, on, former),
  ];
}

/** Every periodic report of the plan up to its horizon (those already open change nothing). */
export function openPeriods(plan: DirectivePlan, on: string, former: FormerAgencies): ReactionCommand[] {
  return periodicObligations(plan, { after: null, through: plan.horizon }).flatMap((spec) => openObligation(spec, on, former));
}
