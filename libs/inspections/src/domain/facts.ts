/**
 * An administrative unit as a plan names it, folded from the organizations context's published
 * unit events (it publishes no unit fact of its own; agencies come as its AgencyFact).
 */
export interface UnitFact {
  unitId: string;
  name: string;
  status: 'active' | 'merged';
}
