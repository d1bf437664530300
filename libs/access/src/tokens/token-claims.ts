import { Actor, Role, ROLES } from '../domain/actor';

export interface TokenClaims {
  sub: string;
  name: string;
  agency: string | null;
  roles: Role[];
}

export function claimsOf(actor: Actor): TokenClaims {
  return { sub: actor.subject, name: actor.name, agency: actor.agencyId, roles: actor.roles };
}

/** A token whose claims do not have this shape is refused even when its signature is good. */
export function actorOf(claims: Record<string, unknown>): Actor | null {
  const { sub, name, agency, roles } = claims;
  if (typeof sub !== 'string' || sub === '') return null;
  if (!Array.isArray(roles) || !roles.every((role) => (ROLES as readonly unknown[]).includes(role))) return null;
  if (agency !== null && agency !== undefined && typeof agency !== 'string') return null;
  return { subject: sub, name: typeof name === 'string' ? name : sub, agencyId: (agency as string | undefined) ?? null, roles: roles as Role[] };
}
