import { actsFor, conflict, forbidden, requireLocalDate } from '@cpp/eventsourcing';
import { requireText } from '../guards';
import { SuspendDonation } from './commands';
import { FundEvent } from './events';
import { requireDonation, requireFund } from './fund-rules';
import { FundState } from './state';

/** The superior agency suspends a donation; its cash leaves the balance, which must still cover what was already distributed. */
export function decideSuspendDonation(command: SuspendDonation, state: FundState): FundEvent[] {
  const fund = requireFund(state, command.fundId);
  if (!actsFor(command.requester, fund.superiorAgencyId))
    throw forbidden(`Only ${fund.superiorAgencyId}, the superior of ${fund.managingAgencyId}, may suspend donations to fund ${fund.fundId}`);
  const donation = requireDonation(fund, command.donationId);
  if (donation.status === 'suspended') throw conflict(`Donation ${donation.donationId} is already suspended`);
  const balance = fund.cashBalance[donation.purpose] ?? 0n;
  if (donation.status === 'accepted' && donation.cash > balance)
    throw conflict(
      `Donation ${donation.donationId} is already partly distributed: ${balance} đồng are left for ${donation.purpose}, less than its ${donation.cash}`,
    );
  if (donation.items.some((item) => item.remainingQuantity < item.quantity))
    throw conflict(`Goods of donation ${donation.donationId} were already distributed`);
  return [
    {
      type: 'DonationSuspended',
      data: {
        fundId: fund.fundId,
        donationId: donation.donationId,
        suspendedByAgencyId: fund.superiorAgencyId,
        reason: requireText(command.reason, 'reason'),
        suspendedOn: requireLocalDate(command.suspendedOn, 'suspendedOn'),
      },
    },
  ];
}
