import { EventStore } from '@cpp/eventsourcing';
import { agencyStream } from '@cpp/organizations';

/**
 * Whether the organisation chart ever registered the agency, from its own stream on the
 * write side (never the organizations context's tables). A merged or dissolved agency is
 * known: what it may still do is for the commands to judge.
 */
export const agencyExistsIn =
  (store: EventStore) =>
  async (agencyId: string): Promise<boolean> => {
    const [first] = await store.readStream(agencyStream(agencyId), { maxCount: 1 });
    return first?.type === 'AgencyRegistered';
  };
