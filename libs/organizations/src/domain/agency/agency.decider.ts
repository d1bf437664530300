import { conflict, Decider, invalid, notFound } from '@cpp/eventsourcing';
import { requireLocalDate, requireNotBefore } from '../dates';
import { AGENCY_KINDS, AgencyEvent, AgencyKind } from '../events';
import { UnitFact } from '../unit/unit.decider';

export type AgencyStatus = 'active' | 'merged' | 'dissolved';

export type AgencyState =
  | { status: 'none' }
  | { status: AgencyStatus; agencyId: string; name: string; shortName: string | null; kind: AgencyKind; unitId: string; functions: string[]; lastChange: string };

/** Another agency as the handler found it, for rules that span two agencies. */
export interface AgencyFact {
  agencyId: string;
  status: AgencyStatus;
  functions: string[];
  lastChange: string;
}

export type AgencyCommand =
  | {
      type: 'RegisterAgency';
      agencyId: string;
      name: string;
      shortName: string | null;
      kind: AgencyKind;
      unitId: string;
      unit: UnitFact | null;
      parentAgencyId: string | null;
      parent: AgencyFact | null;
      functions: string[];
      effectiveFrom: string;
    }
  | { type: 'RenameAgency'; agencyId: string; name: string; shortName: string | null; effectiveFrom: string; decision: string | null }
  | { type: 'MergeAgencyInto'; agencyId: string; successorAgencyId: string; effectiveFrom: string; decision: string | null }
  | { type: 'AbsorbPredecessors'; agencyId: string; predecessors: AgencyFact[]; effectiveFrom: string; decision: string | null }
  | { type: 'TransferFunction'; agencyId: string; function: string; toAgencyId: string; effectiveFrom: string; decision: string | null }
  | { type: 'ReceiveFunction'; agencyId: string; function: string; fromAgencyId: string; effectiveFrom: string; decision: string | null }
  | { type: 'DissolveAgency'; agencyId: string; successorAgencyId: string | null; successor: AgencyFact | null; effectiveFrom: string; decision: string | null };

const ID = /^[a-z0-9][a-z0-9-]{1,99}$/;

export const agencyDecider: Decider<AgencyCommand, AgencyEvent, AgencyState> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
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
  },

  decide(command, state) {
    requireLocalDate(command.effectiveFrom, 'effectiveFrom');
    if (command.type === 'RegisterAgency') return register(command, state);
    const agency = requireActive(state, command.agencyId);
    requireNotBefore(command.effectiveFrom, agency.lastChange, `Agency ${command.agencyId}`);
    const { effectiveFrom, decision, agencyId } = command;
    switch (command.type) {
      case 'RenameAgency': {
        const name = command.name.trim();
        if (!name) throw invalid('An agency needs a name');
        if (name === agency.name && command.shortName === agency.shortName) return [];
        return [{ type: 'AgencyRenamed', data: { agencyId, name, shortName: command.shortName, effectiveFrom, decision } }];
      }
      case 'MergeAgencyInto':
        if (command.successorAgencyId === agencyId) throw invalid('An agency cannot be merged into itself');
        return [{ type: 'AgencyMergedInto', data: { agencyId, successorAgencyId: command.successorAgencyId, effectiveFrom, decision } }];
      case 'AbsorbPredecessors': {
        if (command.predecessors.length === 0) throw invalid('A merger needs at least one predecessor');
        for (const predecessor of command.predecessors) {
          if (predecessor.agencyId === agencyId) throw invalid('An agency cannot be merged into itself');
          if (predecessor.status !== 'active') throw conflict(`Agency ${predecessor.agencyId} is already ${predecessor.status}`);
          requireNotBefore(effectiveFrom, predecessor.lastChange, `Agency ${predecessor.agencyId}`);
        }
        const functions = union([], command.predecessors.flatMap((p) => p.functions));
        return [{ type: 'AgencyAbsorbedPredecessors', data: { agencyId, predecessorAgencyIds: command.predecessors.map((p) => p.agencyId), functions, effectiveFrom, decision } }];
      }
      case 'TransferFunction':
        if (!agency.functions.includes(command.function)) throw invalid(`Agency ${agencyId} does not hold the function "${command.function}"`);
        if (command.toAgencyId === agencyId) throw invalid('A function cannot move to the agency that holds it');
        return [{ type: 'AgencyFunctionTransferred', data: { agencyId, function: command.function, toAgencyId: command.toAgencyId, effectiveFrom, decision } }];
      case 'ReceiveFunction':
        if (agency.functions.includes(command.function)) throw conflict(`Agency ${agencyId} already holds the function "${command.function}"`);
        return [{ type: 'AgencyFunctionReceived', data: { agencyId, function: command.function, fromAgencyId: command.fromAgencyId, effectiveFrom, decision } }];
      case 'DissolveAgency':
        if (command.successorAgencyId !== null) {
          if (command.successorAgencyId === agencyId) throw invalid('An agency cannot succeed itself');
          if (!command.successor) throw notFound(`Successor agency ${command.successorAgencyId} is not registered`);
          if (command.successor.status !== 'active') throw conflict(`Successor agency ${command.successorAgencyId} is ${command.successor.status}`);
        }
        return [{ type: 'AgencyDissolved', data: { agencyId, successorAgencyId: command.successorAgencyId, effectiveFrom, decision } }];
    }
  },
};

function register(command: Extract<AgencyCommand, { type: 'RegisterAgency' }>, state: AgencyState): AgencyEvent[] {
  if (!ID.test(command.agencyId)) throw invalid(`Agency id "${command.agencyId}" must be lower-case letters, digits and dashes`);
  if (state.status !== 'none') throw conflict(`Agency ${command.agencyId} is already registered`);
  const name = command.name.trim();
  if (!name) throw invalid('An agency needs a name');
  if (!AGENCY_KINDS.includes(command.kind)) throw invalid(`Unknown agency kind "${command.kind}"`);
  if (!command.unit) throw notFound(`Administrative unit ${command.unitId} does not exist`);
  if (command.unit.status !== 'active') throw invalid(`Administrative unit ${command.unitId} no longer exists`);
  if (command.parentAgencyId !== null) {
    if (!command.parent) throw notFound(`Parent agency ${command.parentAgencyId} is not registered`);
    if (command.parent.status !== 'active') throw invalid(`Parent agency ${command.parentAgencyId} is ${command.parent.status}`);
  }
  return [
    {
      type: 'AgencyRegistered',
      data: {
        agencyId: command.agencyId,
        name,
        shortName: command.shortName,
        kind: command.kind,
        unitId: command.unitId,
        parentAgencyId: command.parentAgencyId,
        functions: union([], command.functions),
        effectiveFrom: command.effectiveFrom,
      },
    },
  ];
}

function requireActive(state: AgencyState, agencyId: string) {
  if (state.status === 'none') throw notFound(`Agency ${agencyId} is not registered`);
  if (state.status !== 'active') throw conflict(`Agency ${agencyId} is ${state.status} and no longer changes`);
  return state;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

export function agencyFact(state: AgencyState): AgencyFact | null {
  return state.status === 'none' ? null : { agencyId: state.agencyId, status: state.status, functions: state.functions, lastChange: state.lastChange };
}
