import type { AgencyFact } from './agency-fact';
import { AgencyKind } from './events';
import type { UnitFact } from '../unit/commands';

/** Other agencies and units come as the handler found them (the published AgencyFact), for rules that span streams. */
export interface RegisterAgency {
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

export interface RenameAgency {
  type: 'RenameAgency';
  agencyId: string;
  name: string;
  shortName: string | null;
  effectiveFrom: string;
  decision: string | null;
}

/** Decided on each predecessor of a merger. */
export interface MergeAgencyInto {
  type: 'MergeAgencyInto';
  agencyId: string;
  successorAgencyId: string;
  effectiveFrom: string;
  decision: string | null;
}

/** Decided on the successor of a merger: the ids as named, and the facts of those that are registered. */
export interface AbsorbPredecessors {
  type: 'AbsorbPredecessors';
  agencyId: string;
  predecessorAgencyIds: string[];
  predecessors: AgencyFact[];
  effectiveFrom: string;
  decision: string | null;
}

export interface TransferFunction {
  type: 'TransferFunction';
  agencyId: string;
  function: string;
  toAgencyId: string;
  effectiveFrom: string;
  decision: string | null;
}

export interface ReceiveFunction {
  type: 'ReceiveFunction';
  agencyId: string;
  function: string;
  fromAgencyId: string;
  effectiveFrom: string;
  decision: string | null;
}

export interface DissolveAgency {
  type: 'DissolveAgency';
  agencyId: string;
  successorAgencyId: string | null;
  successor: AgencyFact | null;
  effectiveFrom: string;
  decision: string | null;
}

export type AgencyCommand = RegisterAgency | RenameAgency | MergeAgencyInto | AbsorbPredecessors | TransferFunction | ReceiveFunction | DissolveAgency;
