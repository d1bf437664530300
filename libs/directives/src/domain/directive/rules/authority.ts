import { forbidden } from '@cpp/eventsourcing';
import { Requester } from '../../facts';

/** Roles that act for the whole platform; an agency officer acts only for their own agency. */
const PLATFORM_WIDE_ROLES = ['org-admin', 'steering-committee'];

export function requireAuthority(requester: Requester | null, issuingAgencyId: string, action: string): void {
  if (requester === null) return;
  if (requester.roles.some((role) => PLATFORM_WIDE_ROLES.includes(role))) return;
  if (requester.roles.includes('agency-officer') && requester.agencyId === issuingAgencyId) return;
  throw forbidden(`Only officers of ${issuingAgencyId} (the issuing agency), the steering committee or an organisation administrator may ${action}`);
}
