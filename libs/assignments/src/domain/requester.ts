/**
 * Who asks for a change, as far as the rules care: the agency they act for and their roles.
 * Handlers build it from the authenticated actor (GraphQL) or from the command context
 * (agency systems over Kafka act for their own agency and nothing more).
 */
export interface Requester {
  agencyId: string | null;
  roles: readonly string[];
}

/** The steering committee (Ban Chỉ đạo) and platform administrators may act for any agency. */
const OVERSIGHT_ROLES = ['steering-committee', 'org-admin'];

export function actsFor(requester: Requester, agencyId: string): boolean {
  return requester.agencyId === agencyId || requester.roles.some((role) => OVERSIGHT_ROLES.includes(role));
}

export const hasRole = (requester: Requester, role: string): boolean => requester.roles.includes(role);
