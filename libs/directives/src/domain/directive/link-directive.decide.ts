import { invalid } from '@cpp/eventsourcing';
import { refuseCycle, requireEarlierDocument } from './cascade';
import { LinkDirective } from './commands';
import { DirectiveLinked } from './events';
import { requireAuthority, requireRecorded } from './rules';
import { DirectiveState } from './state';

/**
 * Adds a link found after both documents were recorded. A link is a fact about the text, so it
 * may be added to a superseded or revoked document too; adding it twice changes nothing.
 */
export function linkDirective(command: LinkDirective, state: DirectiveState): DirectiveLinked[] {
  const directive = requireRecorded(state, command.directiveId);
  requireAuthority(command.requester, directive.issuingAgencyId, `link directive ${command.directiveId}`);
  const { directiveId, relation, targetDirectiveId } = command;
  if (relation !== 'implements' && relation !== 'based-on') throw invalid(`Unknown relation "${relation}"`, { field: 'relation' });
  const existing = relation === 'implements' ? directive.implementsDirectiveIds : directive.basedOnDirectiveIds;
  if (existing.includes(targetDirectiveId)) return [];
  if (relation === 'implements') refuseCycle(directiveId, [targetDirectiveId], command.directives);
  else if (targetDirectiveId === directiveId) throw invalid(`Directive ${directiveId} cannot rest on itself`);
  requireEarlierDocument(targetDirectiveId, directive.issuedOn, command.directives);
  return [{ type: 'DirectiveLinked', data: { directiveId, relation, targetDirectiveId } }];
}
