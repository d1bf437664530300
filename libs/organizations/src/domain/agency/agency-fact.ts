import { EventStore, loadState } from '@cpp/eventsourcing';
import { AgencyEvent, AgencyKind } from './events';
import { agencyStream } from '../streams';

/**
 * An agency of the organisation chart as its own stream tells it: the one shape every context
 * judges a command against (who may be named, who still exists, who inherited what). Folded
 * from this context's published events only, so a context that reads it learns nothing that
 * was not published.
 */
export interface AgencyFact {
  agencyId: string;
  name: string;
  kind: AgencyKind;
  unitId: string;
  status: 'active' | 'merged' | 'dissolved';
  /** The day it was registered. */
  existsFrom: string;
  /** The day it was merged away or dissolved; null while it exists. */
  endedOn: string | null;
  /** Set on a merger or a dissolution with a successor. */
  successorAgencyId: string | null;
  functions: string[];
  /** The effective date of the latest change: later changes may not be dated before it. */
  lastChange: string;
}

export const agencyFactFold = {
  initialState: (): AgencyFact | null => null,
  evolve(fact: AgencyFact | null, event: AgencyEvent): AgencyFact | null {
    if (event.type === 'AgencyRegistered') {
      const { agencyId, name, kind, unitId, functions, effectiveFrom } = event.data;
      return {
        agencyId,
        name,
        kind,
        unitId,
        status: 'active',
        existsFrom: effectiveFrom,
        endedOn: null,
        successorAgencyId: null,
        functions,
        lastChange: effectiveFrom,
      };
    }
    if (!fact) return fact;
    const changed = { ...fact, lastChange: event.data.effectiveFrom };
    switch (event.type) {
      case 'AgencyRenamed':
        return { ...changed, name: event.data.name };
      case 'AgencyMergedInto':
        return { ...changed, status: 'merged', endedOn: event.data.effectiveFrom, successorAgencyId: event.data.successorAgencyId };
      case 'AgencyDissolved':
        return { ...changed, status: 'dissolved', endedOn: event.data.effectiveFrom, successorAgencyId: event.data.successorAgencyId };
      case 'AgencyAbsorbedPredecessors':
        return { ...changed, functions: [...new Set([...fact.functions, ...event.data.functions])] };
      case 'AgencyFunctionTransferred':
        return { ...changed, functions: fact.functions.filter((name) => name !== event.data.function) };
      case 'AgencyFunctionReceived':
        return { ...changed, functions: [...new Set([...fact.functions, event.data.function])] };
      default:
        return fact;
    }
  },
};

/** The agency's fact as its stream stands now; null when no such agency was registered. */
export async function findAgencyFact(store: EventStore, agencyId: string): Promise<AgencyFact | null> {
  return (await loadState(store, agencyFactFold, agencyStream(agencyId))).state;
}

/** The facts of every agency named, each looked up once; ids no agency has are left out for the decision to refuse. */
export async function findAgencyFacts(store: EventStore, agencyIds: string[]): Promise<AgencyFact[]> {
  const found: AgencyFact[] = [];
  for (const agencyId of new Set(agencyIds)) {
    const fact = await findAgencyFact(store, agencyId);
    if (fact) found.push(fact);
  }
  return found;
}
