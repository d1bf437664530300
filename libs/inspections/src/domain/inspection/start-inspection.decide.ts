import { conflict } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { StartInspection } from './commands';
import { requireInspection, requireNotBefore, requireTeamMember } from './guards';
import { InspectionState } from './state';

/** The team arrives: from now on its members record findings. */
export function decideStartInspection(command: StartInspection, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  requireTeamMember(inspection, command.by, 'start it');
  if (inspection.status !== 'planned') throw conflict(`Inspection ${command.inspectionId} has already started`);
  requireNotBefore(command.startedOn, 'startedOn', inspection.plannedOn, 'the plan');
  return [{ type: 'InspectionStarted', data: { inspectionId: command.inspectionId, startedOn: command.startedOn } }];
}
