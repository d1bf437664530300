import { GrantRole } from '../roles';

/** A grant as the read model holds it. */
export interface Grant {
  grantId: string;
  subject: string;
  role: GrantRole;
  agencyId: string | null;
  jurisdictionUnitId: string | null;
  validFrom: string;
  validTo: string | null;
  revokedOn: string | null;
}

/** In force on a day: begun, not ended, not revoked. */
export const inForceOn = (grant: Grant, day: string): boolean =>
  grant.validFrom <= day && (grant.validTo === null || day < grant.validTo) && (grant.revokedOn === null || day < grant.revokedOn);
