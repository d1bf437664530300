import { conflict, invalid, notFound } from '@cpp/eventsourcing';
import { DirectiveSuperseded } from '../events';
import { DirectiveCommand } from './directive.commands';
import { DirectiveState } from './directive.state';
import { requireAuthority } from './rules/authority';
import { requireInForce } from './rules/recorded';
import { requireDate, requireNotBefore } from './rules/values';

type SupersedeDirective = Extract<DirectiveCommand, { type: 'SupersedeDirective' }>;

/**
 * Replaced by a newer document in force. The open tasks of this one close as superseded on the
 * effective date; the successor carries its own tasks.
 */
export function supersede(command: SupersedeDirective, state: DirectiveState): DirectiveSuperseded[] {
  const directive = requireInForce(state, command.directiveId);
  requireAuthority(command.requester, directive.issuingAgencyId, `supersede directive ${command.directiveId}`);
  const effectiveFrom = requireDate(command.effectiveFrom, 'effectiveFrom');
  requireNotBefore(effectiveFrom, directive.lastChange, 'effectiveFrom', 'the last change of the document');
  const { supersededByDirectiveId, successor } = command;
  if (supersededByDirectiveId === command.directiveId) throw invalid(`Directive ${command.directiveId} cannot supersede itself`);
  if (!successor) throw notFound(`Successor directive ${supersededByDirectiveId} is not recorded`, { directiveId: supersededByDirectiveId });
  if (successor.status !== 'in-force') throw conflict(`Successor directive ${supersededByDirectiveId} is ${successor.status}`, { directiveId: supersededByDirectiveId });
  if (successor.issuedOn !== null) requireNotBefore(effectiveFrom, successor.issuedOn, 'effectiveFrom', `the issue date of ${supersededByDirectiveId}`);
  return [{ type: 'DirectiveSuperseded', data: { directiveId: command.directiveId, supersededByDirectiveId, effectiveFrom } }];
}
