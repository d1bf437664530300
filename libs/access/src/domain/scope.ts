import { Chart } from './chart';
import { Grant } from './grant/grant';
import { JURISDICTION_ROLES } from './roles';

/** What a record belongs to, as a context's scope resolver places it. */
export interface TargetScope {
  /** The agency that owns the record or answers for it (a task's assignee, an inspection's lead). */
  agencyId: string | null;
  /** Where it sits, when not simply its agency's unit (a facility, a province's figures). */
  unitId: string | null;
  /** Inspections: the team; an inspector acts only on inspections whose team includes them. */
  team?: string[];
  /** Other agencies that may also write it (an inspection's member agencies, a recommendation's responsible agency). */
  alsoAgencyIds?: string[];
  /**
   * A document issued at a place binds everything under it: readers whose jurisdiction lies
   * below read it too (a commune reads its province's plan, never a neighbouring province's).
   */
  readersBelow?: boolean;
  /**
   * Where a new record is put (a forum's locality, a fund's unit), not a record of anyone's:
   * any grant whose jurisdiction reaches the place may put its agency's records there.
   */
  placeOnly?: boolean;
}

export type AccessAction = 'read' | 'write';

/** The unit subtree a grant reaches; null: the whole country. */
export function jurisdictionOf(grant: Grant, chart: Chart): string | null | undefined {
  if (grant.jurisdictionUnitId !== null) return grant.jurisdictionUnitId;
  if (grant.agencyId === null) return null;
  // An agency the chart does not know reaches nothing.
  return chart.unitOf(grant.agencyId) ?? undefined;
}

function reaches(grant: Grant, unitId: string | null, chart: Chart): boolean {
  const jurisdiction = jurisdictionOf(grant, chart);
  if (jurisdiction === undefined) return false;
  if (jurisdiction === null) return true;
  return unitId !== null && chart.within(unitId, jurisdiction);
}

const placeOf = (target: TargetScope, chart: Chart): string | null => target.unitId ?? (target.agencyId ? chart.unitOf(target.agencyId) : null);

/** Reads: inside the jurisdiction of one of the grants. */
export function mayRead(grants: Grant[], target: TargetScope, chart: Chart): boolean {
  const place = placeOf(target, chart);
  return grants.some((grant) => reaches(grant, place, chart) || (target.readersBelow === true && liesBelow(grant, place, chart)));
}

function liesBelow(grant: Grant, unitId: string | null, chart: Chart): boolean {
  const jurisdiction = jurisdictionOf(grant, chart);
  return typeof jurisdiction === 'string' && unitId !== null && chart.within(jurisdiction, unitId);
}

/**
 * Writes: for the actor's own agency (or one it succeeded), an inspection whose team includes
 * them, or, for oversight roles, an agency inside their jurisdiction. A merger never widens a
 * grant: a predecessor's officers do not act for the successor.
 */
export function mayWrite(grants: Grant[], subject: string, target: TargetScope, chart: Chart): boolean {
  return grants.some((grant) => {
    if (JURISDICTION_ROLES.includes(grant.role) || target.placeOnly) return reaches(grant, placeOf(target, chart), chart);
    if (grant.role === 'inspector' && target.team) return target.team.includes(subject);
    if (grant.agencyId === null) return false;
    const owners = [target.agencyId, ...(target.alsoAgencyIds ?? [])].filter((id): id is string => id !== null);
    return owners.some((owner) => chart.answerersFor(owner).includes(grant.agencyId!));
  });
}
