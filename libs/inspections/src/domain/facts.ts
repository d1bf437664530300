import type { AgencyKind } from '@cpp/organizations';

/** What a command handler found about an agency in the organisation chart's streams. */
export interface AgencyFact {
  agencyId: string;
  name: string;
  kind: AgencyKind;
  unitId: string;
  status: 'active' | 'merged' | 'dissolved';
}

export interface UnitFact {
  unitId: string;
  name: string;
  status: 'active' | 'merged';
}

/** Who sends the command, as their token proves it. */
export interface Requester {
  subject: string;
  agencyId: string | null;
}
