import { invalid } from '@cpp/eventsourcing';
import { TransferFunction } from './commands';
import { AgencyFunctionTransferred } from './events';
import { activeAgencyOn } from './rules';
import { AgencyState } from './state';

/** The giving side of a split of functions: only a function the agency holds can leave it. */
export function transferFunction(command: TransferFunction, state: AgencyState): AgencyFunctionTransferred[] {
  const agency = activeAgencyOn(state, command.agencyId, command.effectiveFrom);
  const { agencyId, toAgencyId, effectiveFrom, decision } = command;
  if (!agency.functions.includes(command.function)) throw invalid(`Agency ${agencyId} does not hold the function "${command.function}"`);
  if (toAgencyId === agencyId) throw invalid('A function cannot move to the agency that holds it');
  return [{ type: 'AgencyFunctionTransferred', data: { agencyId, function: command.function, toAgencyId, effectiveFrom, decision } }];
}
