import { conflict, forbidden, invalid, isLocalDate } from '@cpp/eventsourcing';
import { JURISDICTION_ROLES } from '../roles';
import { GrantAccess } from './commands';
import { GrantEvent } from './events';
import { GrantState } from './state';

export function decideGrantAccess(command: GrantAccess, state: GrantState): GrantEvent[] {
  if (!command.granter.administersJurisdiction) throw forbidden('Only an administrator of that jurisdiction may grant access in it');
  if (state.status !== 'none') throw conflict(`Grant ${command.grantId} already exists`);
  if (!isLocalDate(command.validFrom)) throw invalid('validFrom must be a date (YYYY-MM-DD)');
  if (command.validTo !== null && (!isLocalDate(command.validTo) || command.validTo <= command.validFrom))
    throw invalid('validTo must be a date after validFrom');
  const agencyBound = !JURISDICTION_ROLES.includes(command.role) && command.role !== 'auditor';
  if (agencyBound && command.agencyId === null) throw invalid(`The role ${command.role} acts for an agency: name it`);
  const { grantId, subject, role, agencyId, jurisdictionUnitId, validFrom, validTo } = command;
  return [{ type: 'AccessGranted', data: { grantId, subject, role, agencyId, jurisdictionUnitId, validFrom, validTo, grantedBy: command.granter.subject } }];
}
