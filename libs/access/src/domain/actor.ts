import { Grant, inForceOn } from './grant/grant';
import { GrantRole, Role, rolesConferred } from './roles';

/**
 * Who sends a request as the contexts' rules see them: the subject their token proves, the
 * agency they act for (their first agency-bound grant; null for platform-wide roles) and the
 * roles their grants in force confer.
 */
export interface Actor {
  /** Stable subject id, recorded as the actor of every event they cause. */
  subject: string;
  name: string;
  agencyId: string | null;
  roles: Role[];
}

/** The actor with the grants the guard judges each operation against. */
export interface AuthorizedActor extends Actor {
  grants: Grant[];
}

export function actorOf(identity: { subject: string; name: string }, grants: Grant[], day: string): AuthorizedActor {
  const inForce = grants.filter((grant) => inForceOn(grant, day));
  const roles = [...new Set(inForce.flatMap((grant) => rolesConferred(grant.role)))];
  const agencyId = inForce.find((grant) => grant.agencyId !== null)?.agencyId ?? null;
  return { subject: identity.subject, name: identity.name, agencyId, roles, grants: inForce };
}

/** The grants through which the actor may do an operation open to these roles (all, when none are named). */
export function grantsFor(actor: AuthorizedActor, roles: readonly Role[] | undefined): Grant[] {
  if (!roles?.length) return actor.grants;
  return actor.grants.filter((grant) => rolesConferred(grant.role).some((role) => roles.includes(role)));
}

export const holdsRole = (actor: AuthorizedActor, role: GrantRole): boolean => actor.grants.some((grant) => grant.role === role);
