import type { DirectiveRevoked, DirectiveSuperseded } from '@cpp/directives';
import { DirectivePlanCommandOf } from '../plan/commands';
import { reportObligationIds, taskAssignments } from '../plan/plan-derivations';
import { DirectivePlan } from '../plan/state';
import { ReactionCommand, toObligation } from './reaction-command';
import { closeTaskTree, TaskCascades } from './task-cascade';

/** A superseded or revoked directive closes its plan first. */
export function closeDirective(event: DirectiveSuperseded | DirectiveRevoked): DirectivePlanCommandOf<'CloseDirectivePlan'> {
  const outcome = event.type === 'DirectiveSuperseded' ? 'superseded' : 'cancelled';
  const reason =
    event.type === 'DirectiveSuperseded'
      ? `superseded by ${event.data.supersededByDirectiveId}`
      : `revoked${event.data.revokingDocument ? ` by ${event.data.revokingDocument}` : ''}: ${event.data.reason}`;
  const { directiveId, effectiveFrom } = event.data;
  return { type: 'CloseDirectivePlan', directiveId, outcome, effectiveFrom, reason };
}

/** Then every task with its cascade, and every report obligation the plan opened, close the same way. */
export function closeDirectiveWork(
  closing: DirectivePlanCommandOf<'CloseDirectivePlan'>,
  facts: { plan: DirectivePlan; cascades: TaskCascades },
): ReactionCommand[] {
  const { outcome, effectiveFrom, reason } = closing;
  const { plan, cascades } = facts;
  return [
    ...plan.tasks.flatMap((task) => taskAssignments(plan, task).flatMap((spec) => closeTaskTree(spec.taskId, { outcome, effectiveFrom, reason }, cascades))),
    ...reportObligationIds(plan).map((obligationId) => toObligation({ type: 'CloseObligation', obligationId, outcome, effectiveFrom, reason })),
  ];
}
