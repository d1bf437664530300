import { EventStore, loadState } from '@cpp/eventsourcing';
import { directiveDecider } from '../domain/directive/directive.decider';
import { DirectiveFact, directiveFact } from '../domain/directive/directive-fact';
import { DirectiveTask, ReportingRegime } from '../domain/directive/document';
import { directiveStream } from '../domain/streams';

export async function findDirective(store: EventStore, directiveId: string): Promise<DirectiveFact | null> {
  return directiveFact((await loadState(store, directiveDecider, directiveStream(directiveId))).state);
}

/** The documents named and every document above them in the cascade, for cycle detection. */
export async function findUpstream(store: EventStore, directiveIds: string[]): Promise<DirectiveFact[]> {
  const found = new Map<string, DirectiveFact>();
  const queue = [...directiveIds];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const directiveId = queue.shift()!;
    if (seen.has(directiveId)) continue;
    seen.add(directiveId);
    const fact = await findDirective(store, directiveId);
    if (!fact) continue;
    found.set(directiveId, fact);
    queue.push(...fact.implementsDirectiveIds);
  }
  return [...found.values()];
}

/** Every agency a set of tasks and regimes names. */
export function agenciesNamedBy(tasks: DirectiveTask[], regimes: ReportingRegime[]): string[] {
  return [
    ...tasks.flatMap((task) => [task.leadAgencyId, ...task.coordinatingAgencyIds]),
    ...regimes.flatMap((regime) => [regime.recipientAgencyId, ...regime.reportingAgencyIds]),
  ];
}
