/** Roles the platform knows today; the fuller access model (jurisdiction scopes) builds on these. */
export const ROLES = ['steering-committee', 'org-admin', 'agency-officer', 'inspector', 'integration'] as const;
export type Role = (typeof ROLES)[number];

/** Who sends a request, as proven by their token. */
export interface Actor {
  /** Stable subject id, recorded as the actor of every event they cause. */
  subject: string;
  name: string;
  /** The agency they act for; null for platform-wide roles. */
  agencyId: string | null;
  roles: Role[];
}
