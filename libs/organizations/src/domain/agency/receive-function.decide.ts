import { conflict } from '@cpp/eventsourcing';
import { ReceiveFunction } from './commands';
import { AgencyFunctionReceived } from './events';
import { activeAgencyOn } from './rules';
import { AgencyState } from './state';

/** The receiving side of a split of functions: an agency cannot receive a function it already holds. */
export function receiveFunction(command: ReceiveFunction, state: AgencyState): AgencyFunctionReceived[] {
  const agency = activeAgencyOn(state, command.agencyId, command.effectiveFrom);
  const { agencyId, fromAgencyId, effectiveFrom, decision } = command;
  if (agency.functions.includes(command.function)) throw conflict(`Agency ${agencyId} already holds the function "${command.function}"`);
  return [{ type: 'AgencyFunctionReceived', data: { agencyId, function: command.function, fromAgencyId, effectiveFrom, decision } }];
}
