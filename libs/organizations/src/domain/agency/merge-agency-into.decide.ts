import { invalid } from '@cpp/eventsourcing';
import { MergeAgencyInto } from './commands';
import { AgencyMergedInto } from './events';
import { activeAgencyOn } from './rules';
import { AgencyState } from './state';

/** A predecessor of a merger ends; the successor's own decision (absorb) judges the merger as a whole. */
export function mergeAgencyInto(command: MergeAgencyInto, state: AgencyState): AgencyMergedInto[] {
  activeAgencyOn(state, command.agencyId, command.effectiveFrom);
  const { agencyId, successorAgencyId, effectiveFrom, decision } = command;
  if (successorAgencyId === agencyId) throw invalid('An agency cannot be merged into itself');
  return [{ type: 'AgencyMergedInto', data: { agencyId, successorAgencyId, effectiveFrom, decision } }];
}
