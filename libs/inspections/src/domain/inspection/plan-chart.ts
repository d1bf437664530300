import { invalid, notFound } from '@cpp/eventsourcing';
import type { AgencyFact } from '@cpp/organizations';
import { UnitFact } from '../facts';
import { PlanInspection } from './commands';

/** A plan may name only agencies and units that exist on the chart as it is committed. */
export function requireActiveAgency(command: PlanInspection, agencyId: string, what: string): AgencyFact {
  const agency = command.agencies[agencyId];
  if (!agency) throw notFound(`${what} ${agencyId} is not registered`);
  if (agency.status !== 'active') throw invalid(`${what} ${agencyId} is ${agency.status}`);
  return agency;
}

export function requireActiveUnit(command: PlanInspection, unitId: string): UnitFact {
  const unit = command.units[unitId];
  if (!unit) throw notFound(`Administrative unit ${unitId} does not exist`);
  if (unit.status !== 'active') throw invalid(`Administrative unit ${unitId} no longer exists`);
  return unit;
}
