import { conflict, invalid, notFound, requireIdentifier, requireLocalDate } from '@cpp/eventsourcing';
import { EstablishAdministrativeUnit } from './commands';
import { AdministrativeUnitEstablished } from './events';
import { UnitState } from './state';

/** A unit sits under a unit of a higher level that still exists, at a level not yet retired on its date. */
export function establishAdministrativeUnit(command: EstablishAdministrativeUnit, state: UnitState): AdministrativeUnitEstablished[] {
  requireLocalDate(command.effectiveFrom, 'effectiveFrom');
  requireIdentifier(command.unitId, 'Unit id');
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
      data: {
        unitId: command.unitId,
        name: command.name.trim(),
        levelCode: command.levelCode,
        parentUnitId: command.parentUnitId,
        effectiveFrom: command.effectiveFrom,
      },
    },
  ];
}
