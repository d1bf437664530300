import { RenameAdministrativeUnit } from './commands';
import { AdministrativeUnitRenamed } from './events';
import { activeUnitOn } from './rules';
import { UnitState } from './state';

/** Renaming to the name it already has changes nothing. */
export function renameAdministrativeUnit(command: RenameAdministrativeUnit, state: UnitState): AdministrativeUnitRenamed[] {
  const unit = activeUnitOn(state, command.unitId, command.effectiveFrom);
  const name = command.name.trim();
  if (unit.name === name) return [];
  return [{ type: 'AdministrativeUnitRenamed', data: { unitId: command.unitId, name, effectiveFrom: command.effectiveFrom, decision: command.decision } }];
}
