import { GrantRole } from '../roles';

/** Whether the one granting administers the jurisdiction asked for (looked up by the application). */
export interface GranterStanding {
  subject: string;
  administersJurisdiction: boolean;
}

export type GrantAccess = {
  type: 'GrantAccess';
  grantId: string;
  subject: string;
  role: GrantRole;
  agencyId: string | null;
  jurisdictionUnitId: string | null;
  validFrom: string;
  validTo: string | null;
  granter: GranterStanding;
};

export type RevokeAccess = { type: 'RevokeAccess'; grantId: string; revokedOn: string; reason: string; granter: GranterStanding };

export type GrantCommand = GrantAccess | RevokeAccess;
