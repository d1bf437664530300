export interface DefineAdministrativeLevel {
  type: 'DefineAdministrativeLevel';
  levelCode: string;
  name: string;
  rank: number;
}

export interface RetireAdministrativeLevel {
  type: 'RetireAdministrativeLevel';
  levelCode: string;
  effectiveFrom: string;
  reason: string;
}

export type LevelsCommand = DefineAdministrativeLevel | RetireAdministrativeLevel;
