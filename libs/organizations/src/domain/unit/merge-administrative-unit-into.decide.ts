import { invalid, notFound } from '@cpp/eventsourcing';
import { MergeAdministrativeUnitInto } from './commands';
import { AdministrativeUnitMergedInto } from './events';
import { activeUnitOn } from './rules';
import { UnitState } from './state';

/** One predecessor of a merger of units (e.g. the 2025 merger of provinces) ends in a successor that exists. */
export function mergeAdministrativeUnitInto(command: MergeAdministrativeUnitInto, state: UnitState): AdministrativeUnitMergedInto[] {
  activeUnitOn(state, command.unitId, command.effectiveFrom);
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
