import { conflict, forbidden, requireLocalDate } from '@cpp/eventsourcing';
import { AcceptDonation } from './commands';
import { FundEvent } from './events';
import { requireDonation, requireFund, requireManager, requirePerson } from './fund-rules';
import { FundState } from './state';

/** Acceptance by an officer of the managing agency who did not record the donation (separation of duties). */
export function decideAcceptDonation(command: AcceptDonation, state: FundState): FundEvent[] {
  const fund = requireFund(state, command.fundId);
  requireManager(fund, command.requester, 'accept donations to it');
  const acceptedBy = requirePerson(command.requester, 'accept a donation');
  const donation = requireDonation(fund, command.donationId);
  if (donation.recordedBy === acceptedBy) throw forbidden(`${acceptedBy} recorded donation ${donation.donationId}; another officer must accept it`);
  if (donation.status !== 'recorded') throw conflict(`Donation ${donation.donationId} is ${donation.status}; only a recorded donation is accepted`);
  return [
    {
      type: 'DonationAccepted',
      data: { fundId: fund.fundId, donationId: donation.donationId, acceptedBy, acceptedOn: requireLocalDate(command.acceptedOn, 'acceptedOn') },
    },
  ];
}
