import type { Person } from './auth/session';

/**
 * What navigation a person's roles open. Only a guide for the menus: the API decides, and a
 * FORBIDDEN answer shows the not-allowed page whatever the menus said.
 */
export const isCommittee = (person: Person) => person.roles.includes('steering-committee') || person.roles.includes('org-admin');
export const isInspector = (person: Person) => person.roles.includes('inspector');
export const isOfficer = (person: Person) => person.roles.includes('agency-officer');

/** Platform-wide people (no agency) see every province; everyone else their own. */
export const seesEveryProvince = (person: Person) => person.agencyId === null && person.roles.includes('org-admin');

export function homePath(person: Person, province: string | null): string {
  if (isCommittee(person)) return `/committee/${province ?? 'soc-trang'}`;
  if (isInspector(person)) return '/inspector';
  if (isOfficer(person)) return '/officer';
  return '/not-allowed';
}
