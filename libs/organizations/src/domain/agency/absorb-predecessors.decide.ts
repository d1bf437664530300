import { conflict, invalid, notFound } from '@cpp/eventsourcing';
import { requireNotBefore } from '../effective-order';
import { AbsorbPredecessors } from './commands';
import { AgencyAbsorbedPredecessors } from './events';
import { activeAgencyOn, union } from './rules';
import { AgencyState } from './state';

/**
 * The successor of a merger takes on the functions of every predecessor. Each predecessor is
 * named once, is registered, is still active and has not changed after the merger's date.
 */
export function absorbPredecessors(command: AbsorbPredecessors, state: AgencyState): AgencyAbsorbedPredecessors[] {
  activeAgencyOn(state, command.agencyId, command.effectiveFrom);
  const { agencyId, predecessorAgencyIds, effectiveFrom, decision } = command;
  if (predecessorAgencyIds.length === 0) throw invalid('A merger needs at least one predecessor');
  if (new Set(predecessorAgencyIds).size !== predecessorAgencyIds.length) throw invalid('A predecessor is named twice');
  const predecessors = predecessorAgencyIds.map((predecessorId) => {
    const predecessor = command.predecessors.find((fact) => fact.agencyId === predecessorId);
    if (!predecessor) throw notFound(`Agency ${predecessorId} is not registered`);
    if (predecessorId === agencyId) throw invalid('An agency cannot be merged into itself');
    if (predecessor.status !== 'active') throw conflict(`Agency ${predecessorId} is already ${predecessor.status}`);
    requireNotBefore(effectiveFrom, predecessor.lastChange, `Agency ${predecessorId}`);
    return predecessor;
  });
  const functions = union(
    [],
    predecessors.flatMap((predecessor) => predecessor.functions),
  );
  return [{ type: 'AgencyAbsorbedPredecessors', data: { agencyId, predecessorAgencyIds, functions, effectiveFrom, decision } }];
}
