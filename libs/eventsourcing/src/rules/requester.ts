import { CommandContext } from '../events/command-context';

/**
 * Who asks for a change, as far as the rules care: the person (null for an agency system or a
 * platform process), the agency they act for and their roles. GraphQL builds it from the
 * authenticated actor; ingest from the command context (an agency system acts for its own
 * agency and nothing more).
 */
export interface Requester {
  subject: string | null;
  agencyId: string | null;
  roles: readonly string[];
}

/** The steering committee (Ban Chỉ đạo) and platform administrators may act for any agency. */
export const OVERSIGHT_ROLES: readonly string[] = ['steering-committee', 'org-admin'];

export const hasRole = (requester: Requester, role: string): boolean => requester.roles.includes(role);

export const hasOversight = (requester: Requester): boolean => requester.roles.some((role) => OVERSIGHT_ROLES.includes(role));

export function actsFor(requester: Requester, agencyId: string): boolean {
  return requester.agencyId === agencyId || hasOversight(requester);
}

/** Without an authenticated person (agency systems over Kafka), the context's agency is all the authority there is. */
export const requesterOf = (context: CommandContext): Requester => ({ subject: null, agencyId: context.agency, roles: [] });
