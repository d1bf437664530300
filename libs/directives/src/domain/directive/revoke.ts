import { DirectiveRevoked } from '../events';
import { parseDocumentNumber } from '../document-number';
import { DirectiveCommand } from './directive.commands';
import { DirectiveState } from './directive.state';
import { requireAuthority } from './rules/authority';
import { requireInForce } from './rules/recorded';
import { requireDate, requireNotBefore, requireText } from './rules/values';

type RevokeDirective = Extract<DirectiveCommand, { type: 'RevokeDirective' }>;

/** Revoked (bãi bỏ): its open tasks are cancelled on the effective date and nothing more falls due. */
export function revoke(command: RevokeDirective, state: DirectiveState): DirectiveRevoked[] {
  const directive = requireInForce(state, command.directiveId);
  requireAuthority(command.requester, directive.issuingAgencyId, `revoke directive ${command.directiveId}`);
  const effectiveFrom = requireDate(command.effectiveFrom, 'effectiveFrom');
  requireNotBefore(effectiveFrom, directive.lastChange, 'effectiveFrom', 'the last change of the document');
  const reason = requireText(command.reason, 'reason');
  const revokingDocument = command.revokingDocument === null ? null : parseDocumentNumber(command.revokingDocument).raw;
  return [{ type: 'DirectiveRevoked', data: { directiveId: command.directiveId, effectiveFrom, reason, revokingDocument } }];
}
