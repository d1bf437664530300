import { invalid } from '@cpp/eventsourcing';
import { RenameAgency } from './commands';
import { AgencyRenamed } from './events';
import { activeAgencyOn } from './rules';
import { AgencyState } from './state';

/** Renaming to the names it already has changes nothing. */
export function renameAgency(command: RenameAgency, state: AgencyState): AgencyRenamed[] {
  const agency = activeAgencyOn(state, command.agencyId, command.effectiveFrom);
  const name = command.name.trim();
  if (!name) throw invalid('An agency needs a name');
  if (name === agency.name && command.shortName === agency.shortName) return [];
  const { agencyId, shortName, effectiveFrom, decision } = command;
  return [{ type: 'AgencyRenamed', data: { agencyId, name, shortName, effectiveFrom, decision } }];
}
