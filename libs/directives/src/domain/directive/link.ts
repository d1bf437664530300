import { invalid } from '@cpp/eventsourcing';
import { DirectiveLinked } from '../internal-events';
import { DirectiveCommand } from './directive.commands';
import { DirectiveState } from './directive.state';
import { requireEarlierDocument } from './issue';
import { requireAuthority } from './rules/authority';
import { refuseCycle } from './rules/cascade';
import { requireRecorded } from './rules/recorded';

type LinkDirective = Extract<DirectiveCommand, { type: 'LinkDirective' }>;

/**
 * Adds a link found after both documents were recorded. A link is a fact about the text, so it
 * may be added to a superseded or revoked document too; adding it twice changes nothing.
 */
export function link(command: LinkDirective, state: DirectiveState): DirectiveLinked[] {
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
