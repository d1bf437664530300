import type { AgencyDissolved, AgencyMergedInto, AgencyRegistered } from '@cpp/organizations';
import { DomainEvent } from '@cpp/eventsourcing';
import { AgencyFact } from './facts';

type AgencyLifeEvent = AgencyRegistered | AgencyMergedInto | AgencyDissolved;

/**
 * Folds an agency's stream (organizations' published events) into the little this context
 * needs: when the agency began and whether it has ended. Every other event leaves it as is.
 */
export const agencyFactFold = {
  initialState: (): AgencyFact | null => null,
  evolve(state: AgencyFact | null, event: DomainEvent): AgencyFact | null {
    const life = event as AgencyLifeEvent;
    switch (life.type) {
      case 'AgencyRegistered':
        return { agencyId: life.data.agencyId, existsFrom: life.data.effectiveFrom, endedOn: null };
      case 'AgencyMergedInto':
      case 'AgencyDissolved':
        return state && { ...state, endedOn: life.data.effectiveFrom };
      default:
        return state;
    }
  },
};
