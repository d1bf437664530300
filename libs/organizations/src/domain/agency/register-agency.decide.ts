import { conflict, invalid, notFound, requireIdentifier, requireLocalDate } from '@cpp/eventsourcing';
import { RegisterAgency } from './commands';
import { AGENCY_KINDS, AgencyRegistered } from './events';
import { union } from './rules';
import { AgencyState } from './state';

/** An agency belongs to a unit that still exists, under a parent agency that still exists. */
export function registerAgency(command: RegisterAgency, state: AgencyState): AgencyRegistered[] {
  requireLocalDate(command.effectiveFrom, 'effectiveFrom');
  requireIdentifier(command.agencyId, 'Agency id');
  if (state.status !== 'none') throw conflict(`Agency ${command.agencyId} is already registered`);
  const name = command.name.trim();
  if (!name) throw invalid('An agency needs a name');
  if (!AGENCY_KINDS.includes(command.kind)) throw invalid(`Unknown agency kind "${command.kind}"`);
  if (!command.unit) throw notFound(`Administrative unit ${command.unitId} does not exist`);
  if (command.unit.status !== 'active') throw invalid(`Administrative unit ${command.unitId} no longer exists`);
  if (command.parentAgencyId !== null) {
    if (!command.parent) throw notFound(`Parent agency ${command.parentAgencyId} is not registered`);
    if (command.parent.status !== 'active') throw invalid(`Parent agency ${command.parentAgencyId} is ${command.parent.status}`);
  }
  return [
    {
      type: 'AgencyRegistered',
      data: {
        agencyId: command.agencyId,
        name,
        shortName: command.shortName,
        kind: command.kind,
        unitId: command.unitId,
        parentAgencyId: command.parentAgencyId,
        functions: union([], command.functions),
        effectiveFrom: command.effectiveFrom,
      },
    },
  ];
}
