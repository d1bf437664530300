import { conflict, Decider, invalid, notFound } from '@cpp/eventsourcing';
import { requireLocalDate, requireNotBefore } from '../dates';
import { AdministrativeUnitEvent } from '../events';

export type UnitState =
  | { status: 'none' }
  | { status: 'active' | 'merged'; unitId: string; name: string; levelCode: string; parentUnitId: string | null; lastChange: string };

/** What the handler looked up for the decision: facts from other streams, judged here. */
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

export type UnitCommand =
  | { type: 'EstablishAdministrativeUnit'; unitId: string; name: string; level: LevelFact | null; levelCode: string; parent: UnitFact | null; parentUnitId: string | null; effectiveFrom: string }
  | { type: 'RenameAdministrativeUnit'; unitId: string; name: string; effectiveFrom: string; decision: string | null }
  | { type: 'MergeAdministrativeUnitInto'; unitId: string; successor: UnitFact | null; successorUnitId: string; effectiveFrom: string; decision: string | null };

const ID = /^[a-z0-9][a-z0-9-]{1,99}$/;

export const unitDecider: Decider<UnitCommand, AdministrativeUnitEvent, UnitState> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
    switch (event.type) {
      case 'AdministrativeUnitEstablished':
        return { status: 'active', unitId: event.data.unitId, name: event.data.name, levelCode: event.data.levelCode, parentUnitId: event.data.parentUnitId, lastChange: event.data.effectiveFrom };
      case 'AdministrativeUnitRenamed':
        return state.status === 'none' ? state : { ...state, name: event.data.name, lastChange: event.data.effectiveFrom };
      case 'AdministrativeUnitMergedInto':
        return state.status === 'none' ? state : { ...state, status: 'merged', lastChange: event.data.effectiveFrom };
    }
  },

  decide(command, state) {
    requireLocalDate(command.effectiveFrom, 'effectiveFrom');
    switch (command.type) {
      case 'EstablishAdministrativeUnit': {
        if (!ID.test(command.unitId)) throw invalid(`Unit id "${command.unitId}" must be lower-case letters, digits and dashes`);
        if (state.status !== 'none') throw conflict(`Administrative unit ${command.unitId} already exists`);
        if (!command.name.trim()) throw invalid('A unit needs a name');
        if (!command.level) throw notFound(`Administrative level ${command.levelCode} is not defined`);
        if (command.level.retiredFrom !== null && command.level.retiredFrom <= command.effectiveFrom) {
          throw invalid(`Administrative level ${command.levelCode} was retired on ${command.level.retiredFrom}`);
        }
        if (command.parentUnitId !== null) {
          if (!command.parent) throw notFound(`Parent unit ${command.parentUnitId} does not exist`);
          if (command.parent.status !== 'active') throw invalid(`Parent unit ${command.parentUnitId} no longer exists`);
          if (command.parent.levelRank >= command.level.rank) throw invalid(`A ${command.levelCode} cannot sit under a unit of the same or a lower level`);
        }
        return [
          {
            type: 'AdministrativeUnitEstablished',
            data: { unitId: command.unitId, name: command.name.trim(), levelCode: command.levelCode, parentUnitId: command.parentUnitId, effectiveFrom: command.effectiveFrom },
          },
        ];
      }
      case 'RenameAdministrativeUnit': {
        const unit = requireActive(state, command.unitId);
        requireNotBefore(command.effectiveFrom, unit.lastChange, `Unit ${command.unitId}`);
        if (unit.name === command.name.trim()) return [];
        return [{ type: 'AdministrativeUnitRenamed', data: { unitId: command.unitId, name: command.name.trim(), effectiveFrom: command.effectiveFrom, decision: command.decision } }];
      }
      case 'MergeAdministrativeUnitInto': {
        const unit = requireActive(state, command.unitId);
        requireNotBefore(command.effectiveFrom, unit.lastChange, `Unit ${command.unitId}`);
        if (command.successorUnitId === command.unitId) throw invalid('A unit cannot be merged into itself');
        if (!command.successor) throw notFound(`Successor unit ${command.successorUnitId} does not exist`);
        if (command.successor.status !== 'active') throw invalid(`Successor unit ${command.successorUnitId} no longer exists`);
        return [
          {
            type: 'AdministrativeUnitMergedInto',
            data: { unitId: command.unitId, successorUnitId: command.successorUnitId, effectiveFrom: command.effectiveFrom, decision: command.decision },
          },
        ];
      }
    }
  },
};

function requireActive(state: UnitState, unitId: string) {
  if (state.status === 'none') throw notFound(`Administrative unit ${unitId} does not exist`);
  if (state.status !== 'active') throw conflict(`Administrative unit ${unitId} was merged and no longer changes`);
  return state;
}
