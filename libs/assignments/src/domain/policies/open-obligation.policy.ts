import { ObligationSpec } from '../obligation/commands';
import { passObligationOn } from './merger-hand-over.policy';
import { ReactionCommand, toObligation } from './reaction-command';
import { FormerAgencies } from './succession.policy';

/** Opens an obligation; when the agency it names is gone, the history shows both the named and the answering agency. */
export function openObligation(spec: ObligationSpec, openedOn: string, former: FormerAgencies): ReactionCommand[] {
  return [toObligation({ type: 'OpenObligation', spec, openedOn }), ...passObligationOn(spec.obligationId, spec.assigneeAgencyId, former)];
}
