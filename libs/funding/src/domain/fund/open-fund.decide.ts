import { actsFor, conflict, forbidden, invalid, requireLocalDate } from '@cpp/eventsourcing';
import { requireId, requireOneOf, requireText } from '../guards';
import { FUND_KINDS } from '../vocabulary';
import { OpenFund } from './commands';
import { FundEvent } from './events';
import { FundState } from './state';

/** A fund is opened by the agency that manages it, under a superior that may suspend what it receives, with the purposes its donations serve. */
export function decideOpenFund(command: OpenFund, state: FundState): FundEvent[] {
  if (state.status !== 'none') throw conflict(`Fund ${command.fundId} is already open`);
  requireId(command.fundId, 'fundId');
  if (!actsFor(command.requester, command.managingAgencyId)) throw forbidden(`Only ${command.managingAgencyId} may open a fund it manages`);
  for (const [field, agencyId] of [
    ['managingAgencyId', command.managingAgencyId],
    ['superiorAgencyId', command.superiorAgencyId],
  ] as const) {
    if (!command.knownAgencies[agencyId]) throw invalid(`${field} ${agencyId} is not a registered, active agency`, { field });
  }
  if (command.managingAgencyId === command.superiorAgencyId)
    throw invalid('The superior agency is another agency than the one managing the fund', { field: 'superiorAgencyId' });
  if (command.purposes.length === 0) throw invalid('A fund serves at least one purpose', { field: 'purposes' });
  const purposes = command.purposes.map((purpose) => requireId(purpose, 'purposes'));
  if (new Set(purposes).size !== purposes.length) throw invalid('Purposes are listed once each', { field: 'purposes' });
  return [
    {
      type: 'FundOpened',
      data: {
        fundId: command.fundId,
        name: requireText(command.name, 'name', 300),
        kind: requireOneOf(command.kind, FUND_KINDS, 'kind'),
        managingAgencyId: command.managingAgencyId,
        superiorAgencyId: command.superiorAgencyId,
        unitId: requireId(command.unitId, 'unitId'),
        purposes,
        openedOn: requireLocalDate(command.openedOn, 'openedOn'),
      },
    },
  ];
}
