import { conflict, invalid } from '@cpp/eventsourcing';
import { DefineAdministrativeLevel } from './commands';
import { AdministrativeLevelDefined } from './events';
import { LevelsState } from './state';

/** Level codes are short words (`province`, `commune`), never starting with a digit. */
const LEVEL_CODE = /^[a-z][a-z0-9-]{1,39}$/;

/** Two levels in force never share a rank: rank orders which unit may sit under which. */
export function defineAdministrativeLevel(command: DefineAdministrativeLevel, state: LevelsState): AdministrativeLevelDefined[] {
  if (!LEVEL_CODE.test(command.levelCode)) throw invalid(`Level code "${command.levelCode}" must be lower-case letters, digits and dashes`);
  if (state.levels.has(command.levelCode)) throw conflict(`Administrative level ${command.levelCode} is already defined`);
  if ([...state.levels.values()].some((level) => level.rank === command.rank && level.retiredFrom === null)) {
    throw conflict(`Another level in force already has rank ${command.rank}`);
  }
  return [{ type: 'AdministrativeLevelDefined', data: { levelCode: command.levelCode, name: command.name, rank: command.rank } }];
}
