import { invalid, requireIdentifier } from '@cpp/eventsourcing';
import { TARGET_KINDS } from '../vocabulary';
import { optionalText, requireDistinct, requireOneOf } from '../values';
import { PlanInspection, TargetRequest } from './commands';
import { InspectionTarget } from './events';
import { requireActiveAgency, requireActiveUnit } from './plan-chart';

const MAX_TARGETS = 50;

/** The plan's targets, completed from the chart: an agency or a locality is its own target id, a facility keeps its own. */
export function planTargets(command: PlanInspection): InspectionTarget[] {
  const targets = command.targets.map((target) => completeTarget(command, target));
  if (targets.length === 0) throw invalid('An inspection needs at least one target', { field: 'targets' });
  if (targets.length > MAX_TARGETS) throw invalid(`An inspection has at most ${MAX_TARGETS} targets`, { field: 'targets' });
  requireDistinct(
    targets.map((target) => target.targetId),
    'targets',
  );
  return targets;
}

function completeTarget(command: PlanInspection, target: TargetRequest): InspectionTarget {
  requireOneOf(target.kind, TARGET_KINDS, 'targets.kind');
  switch (target.kind) {
    case 'agency': {
      if (!target.agencyId) throw invalid('An agency target names its agencyId', { field: 'targets' });
      const agency = requireActiveAgency(command, target.agencyId, 'Target agency');
      return { targetId: agency.agencyId, kind: 'agency', name: optionalText(target.name) ?? agency.name, unitId: agency.unitId, agencyId: agency.agencyId };
    }
    case 'locality': {
      if (!target.unitId) throw invalid('A locality target names its unitId', { field: 'targets' });
      const unit = requireActiveUnit(command, target.unitId);
      return { targetId: unit.unitId, kind: 'locality', name: optionalText(target.name) ?? unit.name, unitId: unit.unitId, agencyId: null };
    }
    case 'facility': {
      if (!target.targetId) throw invalid('A facility target needs its own targetId, kept the same across inspections', { field: 'targets' });
      requireIdentifier(target.targetId, 'targets.targetId');
      const name = optionalText(target.name);
      if (!name) throw invalid(`Facility ${target.targetId} needs a name`, { field: 'targets' });
      if (!target.unitId) throw invalid(`Facility ${target.targetId} needs the unitId of the locality it lies in`, { field: 'targets' });
      const unit = requireActiveUnit(command, target.unitId);
      const operator = target.agencyId ? requireActiveAgency(command, target.agencyId, 'The agency running the facility') : null;
      return { targetId: target.targetId, kind: 'facility', name, unitId: unit.unitId, agencyId: operator?.agencyId ?? null };
    }
  }
}
