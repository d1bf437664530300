import { conflict, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { RetireAdministrativeLevel } from './commands';
import { AdministrativeLevelRetired } from './events';
import { LevelsState } from './state';

/** E.g. the district level, removed in 2025: units of it may no longer be established after the date. */
export function retireAdministrativeLevel(command: RetireAdministrativeLevel, state: LevelsState): AdministrativeLevelRetired[] {
  requireLocalDate(command.effectiveFrom, 'effectiveFrom');
  const level = state.levels.get(command.levelCode);
  if (!level) throw notFound(`Administrative level ${command.levelCode} is not defined`);
  if (level.retiredFrom !== null) throw conflict(`Administrative level ${command.levelCode} was already retired on ${level.retiredFrom}`);
  return [{ type: 'AdministrativeLevelRetired', data: { levelCode: command.levelCode, effectiveFrom: command.effectiveFrom, reason: command.reason } }];
}
