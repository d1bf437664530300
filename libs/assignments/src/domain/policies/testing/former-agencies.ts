import { FormerAgencies, FormerAgency } from '../succession.policy';

/** The directory's gone agencies, written as a chain: `merged('a', 'b')` is "a was merged into b". */
export const merged = (agencyId: string, successorAgencyId: string, changedOn = '2025-03-01', decision: string | null = '12/NQ-HĐND'): FormerAgency => ({
  agencyId,
  status: 'merged',
  successorAgencyId,
  changedOn,
  decision,
});
export const dissolved = (agencyId: string, successorAgencyId: string | null, changedOn = '2025-03-01'): FormerAgency => ({
  agencyId,
  status: 'dissolved',
  successorAgencyId,
  changedOn,
  decision: null,
});

export const directory = (...agencies: FormerAgency[]): FormerAgencies => new Map(agencies.map((agency) => [agency.agencyId, agency]));

export const NONE_GONE: FormerAgencies = directory();
