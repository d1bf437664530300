import { HandOverReason } from '../outcomes';

/** Mergers are followed this many steps at most: a cycle in bad organisation data must not loop for ever. */
export const SUCCESSION_LIMIT = 20;

/** An agency that is gone, as this context's directory knows it. */
export interface FormerAgency {
  agencyId: string;
  status: 'merged' | 'dissolved';
  successorAgencyId: string | null;
  changedOn: string;
  decision: string | null;
}

/** Every merged or dissolved agency by id; an agency not in it is active or unknown. */
export type FormerAgencies = ReadonlyMap<string, FormerAgency>;

/** Where an agency's open work now belongs, when the agency itself is gone. */
export interface Succession {
  toAgencyId: string;
  reason: HandOverReason;
  effectiveFrom: string;
  decision: string | null;
}

/**
 * Follows mergers and dissolutions to the agency that answers today. The reason is that of
 * the first step (why the named agency's work moved); null while the agency is active or
 * was dissolved without a successor.
 */
export function successionOf(agencyId: string, former: FormerAgencies): Succession | null {
  let first: FormerAgency | null = null;
  let current = former.get(agencyId);
  for (let step = 0; current?.successorAgencyId && step < SUCCESSION_LIMIT; step++) {
    first ??= current;
    const next = former.get(current.successorAgencyId);
    if (!next) return succession(current.successorAgencyId, first);
    current = next;
  }
  if (!first || !current || current.agencyId === agencyId) return null;
  return succession(current.agencyId, first);
}

const succession = (toAgencyId: string, first: FormerAgency): Succession => ({
  toAgencyId,
  reason: first.status === 'merged' ? 'merger' : 'dissolution',
  effectiveFrom: first.changedOn,
  decision: first.decision,
});
