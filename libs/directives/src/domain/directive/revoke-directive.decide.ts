import { requireLocalDate } from '@cpp/eventsourcing';
import { parseDocumentNumber } from '../document-number';
import { RevokeDirective } from './commands';
import { DirectiveRevoked } from './events';
import { requireAuthority, requireInForce, requireNotBefore, requireText } from './rules';
import { DirectiveState } from './state';

/** Revoked (bãi bỏ): its open tasks are cancelled on the effective date and nothing more falls due. */
export function revokeDirective(command: RevokeDirective, state: DirectiveState): DirectiveRevoked[] {
  const directive = requireInForce(state, command.directiveId);
  requireAuthority(command.requester, directive.issuingAgencyId, `revoke directive ${command.directiveId}`);
  const effectiveFrom = requireLocalDate(command.effectiveFrom, 'effectiveFrom');
  requireNotBefore(effectiveFrom, directive.lastChange, 'effectiveFrom', 'the last change of the document');
  const reason = requireText(command.reason, 'reason');
  const revokingDocument = command.revokingDocument === null ? null : parseDocumentNumber(command.revokingDocument).raw;
  return [{ type: 'DirectiveRevoked', data: { directiveId: command.directiveId, effectiveFrom, reason, revokingDocument } }];
}
