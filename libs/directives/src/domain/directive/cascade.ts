import { invalid, notFound } from '@cpp/eventsourcing';
import { DirectiveFact } from './directive-fact';

/**
 * The implements-links form a cascade from the Prime Minister down to the communes. A new link
 * from `directiveId` to `targets` closes a cycle when `directiveId` is already reachable upwards
 * from one of the targets; the handler passes every document on those upward paths.
 */
export function refuseCycle(directiveId: string, targets: string[], directives: DirectiveFact[]): void {
  const links = new Map(directives.map((fact) => [fact.directiveId, fact.implementsDirectiveIds]));
  for (const target of targets) {
    const path = pathUp(target, directiveId, links, new Set());
    if (path)
      throw invalid(`Linking ${directiveId} to ${target} would make a cycle in the cascade: ${[directiveId, ...path].join(' → ')}`, {
        cycle: [directiveId, ...path],
      });
  }
}

function pathUp(from: string, to: string, links: Map<string, string[]>, visited: Set<string>): string[] | null {
  if (from === to) return [from];
  if (visited.has(from)) return null;
  visited.add(from);
  for (const next of links.get(from) ?? []) {
    const rest = pathUp(next, to, links, visited);
    if (rest) return [from, ...rest];
  }
  return null;
}

/** A document implements or rests on documents that exist and are not younger than itself. */
export function requireEarlierDocument(targetId: string, issuedOn: string | null, directives: DirectiveFact[]): DirectiveFact {
  const target = directives.find((fact) => fact.directiveId === targetId);
  if (!target) throw notFound(`Directive ${targetId} is not recorded; record it before the documents that refer to it`, { directiveId: targetId });
  if (issuedOn !== null && target.issuedOn !== null && target.issuedOn > issuedOn) {
    throw invalid(`Directive ${targetId} was issued on ${target.issuedOn}, after ${issuedOn}: a document cannot implement or rest on a later one`, {
      directiveId: targetId,
    });
  }
  return target;
}
