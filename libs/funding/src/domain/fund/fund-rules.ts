import { actsFor, forbidden, notFound, Requester } from '@cpp/eventsourcing';
import { Donation, Fund, FundState } from './state';

export function requireFund(state: FundState, fundId: string): Fund {
  if (state.status === 'none') throw notFound(`No fund ${fundId}`);
  return state;
}

export function requireDonation(fund: Fund, donationId: string): Donation {
  const donation = fund.donations[donationId];
  if (!donation) throw notFound(`Fund ${fund.fundId} has no donation ${donationId}`);
  return donation;
}

export function requireManager(fund: Fund, requester: Requester, doing: string): void {
  if (!actsFor(requester, fund.managingAgencyId)) throw forbidden(`Only ${fund.managingAgencyId} (which manages fund ${fund.fundId}) may ${doing}`);
}

/** Who acts on money must be a person, so that separation of duties can be checked. */
export function requirePerson(requester: Requester, doing: string): string {
  if (!requester.subject) throw forbidden(`Only a named officer may ${doing}`);
  return requester.subject;
}
