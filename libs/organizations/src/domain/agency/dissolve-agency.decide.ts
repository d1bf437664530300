import { conflict, invalid, notFound } from '@cpp/eventsourcing';
import { DissolveAgency } from './commands';
import { AgencyDissolved } from './events';
import { activeAgencyOn } from './rules';
import { AgencyState } from './state';

/** A successor, when named, takes over the open obligations: it must exist and be active. */
export function dissolveAgency(command: DissolveAgency, state: AgencyState): AgencyDissolved[] {
  activeAgencyOn(state, command.agencyId, command.effectiveFrom);
  const { agencyId, successorAgencyId, effectiveFrom, decision } = command;
  if (successorAgencyId !== null) {
    if (successorAgencyId === agencyId) throw invalid('An agency cannot succeed itself');
    if (!command.successor) throw notFound(`Successor agency ${successorAgencyId} is not registered`);
    if (command.successor.status !== 'active') throw conflict(`Successor agency ${successorAgencyId} is ${command.successor.status}`);
  }
  return [{ type: 'AgencyDissolved', data: { agencyId, successorAgencyId, effectiveFrom, decision } }];
}
