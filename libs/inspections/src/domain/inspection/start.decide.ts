import { conflict } from '@cpp/eventsourcing';
import { InspectionEvent } from '../events';
import { requireInspection, requireNotBefore, requireTeamMember } from './guards';
import { StartInspection } from './inspection.commands';
import { InspectionState } from './inspection.state';

/** The team arrives: from now on its members record findings. */
export function decideStart(command: StartInspection, state: InspectionState): InspectionEvent[] {
  const inspection = requireInspection(state, command.inspectionId);
  requireTeamMember(inspection, command.by, 'start it');
  if (inspection.status !== 'planned') throw conflict(`Inspection ${command.inspectionId} has already started`);
  requireNotBefore(command.startedOn, 'startedOn', inspection.plannedOn, 'the plan');
  return [{ type: 'InspectionStarted', data: { inspectionId: command.inspectionId, startedOn: command.startedOn } }];
}
