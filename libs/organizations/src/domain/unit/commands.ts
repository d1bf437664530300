/** What the handler looked up for the decision: facts from other streams, judged in decide. */
export interface LevelFact {
  levelCode: string;
  rank: number;
  retiredFrom: string | null;
}
export interface UnitFact {
  unitId: string;
  status: 'active' | 'merged';
  levelRank: number;
}

export interface EstablishAdministrativeUnit {
  type: 'EstablishAdministrativeUnit';
  unitId: string;
  name: string;
  level: LevelFact | null;
  levelCode: string;
  parent: UnitFact | null;
  parentUnitId: string | null;
  effectiveFrom: string;
}

export interface RenameAdministrativeUnit {
  type: 'RenameAdministrativeUnit';
  unitId: string;
  name: string;
  effectiveFrom: string;
  decision: string | null;
}

export interface MergeAdministrativeUnitInto {
  type: 'MergeAdministrativeUnitInto';
  unitId: string;
  successor: UnitFact | null;
  successorUnitId: string;
  effectiveFrom: string;
  decision: string | null;
}

export type UnitCommand = EstablishAdministrativeUnit | RenameAdministrativeUnit | MergeAdministrativeUnitInto;
