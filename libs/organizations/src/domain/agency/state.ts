import { AgencyEvent, AgencyKind } from './events';
import { union } from './rules';

export type AgencyStatus = 'active' | 'merged' | 'dissolved';

export type AgencyState =
  | { status: 'none' }
  | {
      status: AgencyStatus;
      agencyId: string;
      name: string;
      shortName: string | null;
      kind: AgencyKind;
      unitId: string;
      functions: string[];
      lastChange: string;
    };

export const initialAgencyState = (): AgencyState => ({ status: 'none' });

export function evolveAgency(state: AgencyState, event: AgencyEvent): AgencyState {
  if (event.type === 'AgencyRegistered') {
    const { agencyId, name, shortName, kind, unitId, functions, effectiveFrom } = event.data;
    return { status: 'active', agencyId, name, shortName, kind, unitId, functions, lastChange: effectiveFrom };
  }
  if (state.status === 'none') return state;
  const lastChange = event.data.effectiveFrom;
  switch (event.type) {
    case 'AgencyRenamed':
      return { ...state, name: event.data.name, shortName: event.data.shortName, lastChange };
    case 'AgencyMergedInto':
      return { ...state, status: 'merged', lastChange };
    case 'AgencyAbsorbedPredecessors':
      return { ...state, functions: union(state.functions, event.data.functions), lastChange };
    case 'AgencyFunctionTransferred':
      return { ...state, functions: state.functions.filter((f) => f !== event.data.function), lastChange };
    case 'AgencyFunctionReceived':
      return { ...state, functions: union(state.functions, [event.data.function]), lastChange };
    case 'AgencyDissolved':
      return { ...state, status: 'dissolved', lastChange };
  }
}
