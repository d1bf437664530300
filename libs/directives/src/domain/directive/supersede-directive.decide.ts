import { conflict, invalid, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { SupersedeDirective } from './commands';
import { DirectiveSuperseded } from './events';
import { requireAuthority, requireInForce, requireNotBefore } from './rules';
import { DirectiveState } from './state';

/**
 * Replaced by a newer document in force. The open tasks of this one close as superseded on the
 * effective date; the successor carries its own tasks.
 */
export function supersedeDirective(command: SupersedeDirective, state: DirectiveState): DirectiveSuperseded[] {
  const directive = requireInForce(state, command.directiveId);
  requireAuthority(command.requester, directive.issuingAgencyId, `supersede directive ${command.directiveId}`);
  const effectiveFrom = requireLocalDate(command.effectiveFrom, 'effectiveFrom');
  requireNotBefore(effectiveFrom, directive.lastChange, 'effectiveFrom', 'the last change of the document');
  const { supersededByDirectiveId, successor } = command;
  if (supersededByDirectiveId === command.directiveId) throw invalid(`Directive ${command.directiveId} cannot supersede itself`);
  if (!successor) throw notFound(`Successor directive ${supersededByDirectiveId} is not recorded`, { directiveId: supersededByDirectiveId });
  if (successor.status !== 'in-force')
    throw conflict(`Successor directive ${supersededByDirectiveId} is ${successor.status}`, { directiveId: supersededByDirectiveId });
  if (successor.issuedOn !== null) requireNotBefore(effectiveFrom, successor.issuedOn, 'effectiveFrom', `the issue date of ${supersededByDirectiveId}`);
  return [{ type: 'DirectiveSuperseded', data: { directiveId: command.directiveId, supersededByDirectiveId, effectiveFrom } }];
}
