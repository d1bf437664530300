import { hasOversight, Requester } from '@cpp/eventsourcing';

/**
 * The agency a requester answers for: the responsible one or a successor it passed to. The
 * steering committee may record an answer on paper for the first of them.
 */
export function answeringAgency(requester: Requester, agencies: string[]): string | null {
  const own = agencies.find((agencyId) => agencyId === requester.agencyId);
  if (own) return own;
  return hasOversight(requester) ? agencies[agencies.length - 1] : null;
}
