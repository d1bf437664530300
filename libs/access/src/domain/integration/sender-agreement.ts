import { Grant, inForceOn } from '../grant/grant';

/**
 * The subject a sending system's grants name: the actor ingest records on every event it
 * applies for that system, and never a person's subject (a token names a person).
 */
export const senderSubject = (sender: string): string => `agency-system:${sender}`;

export type SenderDecision = { allowed: true; grantId: string } | { allowed: false; reason: string };

/**
 * Whether a sending system may publish for an agency on a day (Vietnam's calendar date of
 * what its message reports): through one of its `integration` grants for that agency, in
 * force on that day (begun, not ended, not revoked).
 */
export function senderMayPublish(sender: string, grants: readonly Grant[], agencyId: string, day: string): SenderDecision {
  const agreements = grants.filter((grant) => grant.role === 'integration');
  if (agreements.length === 0) return { allowed: false, reason: `Sender ${sender} is not registered for any agency` };
  const forAgency = agreements.filter((grant) => grant.agencyId === agencyId);
  if (forAgency.length === 0) return { allowed: false, reason: `Sender ${sender} may not act for agency ${agencyId}` };
  const inForce = forAgency.find((grant) => inForceOn(grant, day));
  if (inForce) return { allowed: true, grantId: inForce.grantId };
  return {
    allowed: false,
    reason: `Sender ${sender} may not act for agency ${agencyId} on ${day}: ${forAgency.map((grant) => whyNot(grant, day)).join('; ')}`,
  };
}

function whyNot(grant: Grant, day: string): string {
  if (grant.revokedOn !== null && grant.revokedOn <= day) return `grant ${grant.grantId} was revoked from ${grant.revokedOn}`;
  if (day < grant.validFrom) return `grant ${grant.grantId} begins on ${grant.validFrom}`;
  return `grant ${grant.grantId} ended on ${grant.validTo}`;
}
