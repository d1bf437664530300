import { DomainEvent } from '@cpp/eventsourcing';
import { GrantRole } from '../roles';

/**
 * A grant: a subject may act in a role, for an agency (or none), over a jurisdiction (an
 * administrative unit and everything under it), between two dates. Dates are local dates in
 * Vietnam; validTo is exclusive, null while open.
 * jurisdictionUnitId null means: the agency's own unit as the chart stands on the day of the
 * act (agency-bound roles), or the whole country (a grant without an agency).
 */
export type AccessGranted = DomainEvent<
  'AccessGranted',
  {
    grantId: string;
    subject: string;
    role: GrantRole;
    agencyId: string | null;
    jurisdictionUnitId: string | null;
    validFrom: string;
    validTo: string | null;
    grantedBy: string;
  }
>;
export type AccessRevoked = DomainEvent<'AccessRevoked', { grantId: string; subject: string; revokedOn: string; reason: string; revokedBy: string }>;

export type GrantEvent = AccessGranted | AccessRevoked;
export const GRANT_EVENT_TYPES = ['AccessGranted', 'AccessRevoked'] as const satisfies readonly GrantEvent['type'][];
