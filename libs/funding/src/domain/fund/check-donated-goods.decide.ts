import { conflict, forbidden, invalid, requireLocalDate } from '@cpp/eventsourcing';
import { optionalText, requireOneOf } from '../guards';
import { CheckDonatedGoods } from './commands';
import { FundEvent } from './events';
import { requireDonation, requireFund, requireManager, requirePerson } from './fund-rules';
import { FundState } from './state';

/**
 * Goods are checked against standards and quality (Sơn Dương §7.4) once, before any is handed
 * on; rejected goods are never distributed. Checking is verifying: not by whoever recorded them.
 */
export function decideCheckDonatedGoods(command: CheckDonatedGoods, state: FundState): FundEvent[] {
  const fund = requireFund(state, command.fundId);
  requireManager(fund, command.requester, 'check donated goods');
  const checkedBy = requirePerson(command.requester, 'check donated goods');
  const donation = requireDonation(fund, command.donationId);
  if (donation.form !== 'in-kind') throw invalid(`Donation ${donation.donationId} is cash; only goods are checked`, { field: 'donationId' });
  if (donation.recordedBy === checkedBy) throw forbidden(`${checkedBy} recorded donation ${donation.donationId}; another officer must check its goods`);
  if (donation.quality !== null) throw conflict(`Donation ${donation.donationId} was already checked (${donation.quality})`);
  const outcome = requireOneOf(command.outcome, ['meets-standards', 'rejected'] as const, 'outcome');
  const note = optionalText(command.note, 'note');
  if (outcome === 'rejected' && !note) throw invalid('A rejection says what failed', { field: 'note' });
  return [
    {
      type: 'DonatedGoodsChecked',
      data: { fundId: fund.fundId, donationId: donation.donationId, outcome, note, checkedBy, checkedOn: requireLocalDate(command.checkedOn, 'checkedOn') },
    },
  ];
}
