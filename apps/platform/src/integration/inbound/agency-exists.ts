import { EventStore } from '@cpp/eventsourcing';
import { agencyStream } from '@cpp/organizations';

/**
 * Whether the organisation chart ever registered the agency, from its own stream on the
 * write side (never the organizations context's tables). A merged or dissolved agency is
 * known: what it may still do is for the commands to judge. Being known never ends, so a
 * yes is remembered and the stream is read once per agency, not once per message.
 */
export function agencyExistsIn(store: EventStore): (agencyId: string) => Promise<boolean> {
  const known = new Set<string>();
  return async (agencyId) => {
    if (known.has(agencyId)) return true;
    const [first] = await store.readStream(agencyStream(agencyId), { maxCount: 1 });
    if (first?.type !== 'AgencyRegistered') return false;
    known.add(agencyId);
    return true;
  };
}
