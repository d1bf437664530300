import { EventStore, RecordedEvent } from '@cpp/eventsourcing';
import { directiveStream, DirectivesPublishedEvent } from '@cpp/directives';
import { findAgencyFact } from '@cpp/organizations';

export async function agencyStatuses(store: EventStore, agencyIds: string[]): Promise<Record<string, 'active' | 'ended' | 'unknown'>> {
  const entries = await Promise.all(
    [...new Set(agencyIds)].map(async (agencyId) => {
      const fact = await findAgencyFact(store, agencyId);
      return [agencyId, fact === null ? 'unknown' : fact.status === 'active' ? 'active' : 'ended'] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The sections of a directive's tasks as issued and amended; null when the directive is not recorded. */
export async function directiveSections(store: EventStore, directiveId: string): Promise<string[] | null> {
  const history: RecordedEvent[] = await store.readStream(directiveStream(directiveId));
  if (history.length === 0) return null;
  const sections = new Map<string, string>();
  for (const recorded of history) {
    const event = { type: recorded.type, data: recorded.data } as DirectivesPublishedEvent;
    if (event.type === 'DirectiveIssued') for (const task of event.data.tasks) sections.set(task.taskId, task.section);
    if (event.type === 'DirectiveAmended') {
      for (const task of [...event.data.addedTasks, ...event.data.changedTasks]) sections.set(task.taskId, task.section);
      for (const taskId of event.data.withdrawnTaskIds) sections.delete(taskId);
    }
  }
  return [...new Set(sections.values())];
}
