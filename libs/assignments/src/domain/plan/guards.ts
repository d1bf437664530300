import { conflict } from '@cpp/eventsourcing';
import { DirectivePlan } from './state';

export function requireInForce(plan: DirectivePlan): void {
  if (plan.status !== 'in-force') throw conflict(`Directive ${plan.directiveId} is ${plan.status} since ${plan.closedOn}; nothing more is assigned from it`);
}
