import { conflict, invalid, requireLocalDate } from '@cpp/eventsourcing';
import { requireId, requireText } from '../guards';
import { requireVnd, vndText } from '../money/vnd';
import { RECIPIENT_KINDS } from '../vocabulary';
import { DistributeFromFund } from './commands';
import { DistributedGoods, FundEvent } from './events';
import { requireDonation, requireFund, requireManager } from './fund-rules';
import { FundState } from './state';

/**
 * A distribution to a commune, a facility or a group, never to a named child. Cash comes out of
 * the purpose's balance and never beyond it; goods come from accepted donations that passed the
 * quality check, at most what is left of each item, valued at their share of its estimate.
 */
export function decideDistributeFromFund(command: DistributeFromFund, state: FundState): FundEvent[] {
  const fund = requireFund(state, command.fundId);
  requireManager(fund, command.requester, 'distribute from it');
  requireId(command.distributionId, 'distributionId');
  if (fund.distributionIds.includes(command.distributionId)) throw conflict(`Distribution ${command.distributionId} is already recorded`);
  if (!fund.purposes.includes(command.purpose))
    throw invalid(`Fund ${fund.fundId} serves ${fund.purposes.join(', ')}, not ${command.purpose}`, { field: 'purpose' });
  if (!(RECIPIENT_KINDS as readonly string[]).includes(command.recipient.kind)) {
    throw invalid(`A distribution goes to a commune, a facility or a group, never to a named child (got "${command.recipient.kind}")`, {
      field: 'recipient.kind',
    });
  }
  const recipient = {
    kind: command.recipient.kind as (typeof RECIPIENT_KINDS)[number],
    recipientId: requireId(command.recipient.recipientId, 'recipient.recipientId'),
    name: requireText(command.recipient.name, 'recipient.name', 300),
    especiallyDifficult: command.recipient.especiallyDifficult,
  };
  if (recipient.especiallyDifficult && recipient.kind !== 'commune')
    throw invalid('Only a commune is designated especially difficult', { field: 'recipient.especiallyDifficult' });
  const cash = command.cashAmount === null ? null : requireVnd(command.cashAmount, 'cashAmount');
  if (cash === null && command.goods.length === 0) throw invalid('A distribution hands on cash, goods or both', { field: 'cashAmount' });
  const balance = fund.cashBalance[command.purpose] ?? 0n;
  if (cash !== null && cash > balance)
    throw conflict(`Distribution of ${cash} đồng is above the ${balance} đồng balance for ${command.purpose}`, {
      field: 'cashAmount',
      balance: balance.toString(),
    });
  const goods: DistributedGoods[] = command.goods.map((wanted, index) => {
    const donation = requireDonation(fund, wanted.donationId);
    if (donation.status !== 'accepted') throw conflict(`Donation ${donation.donationId} is ${donation.status}; only accepted goods are distributed`);
    if (donation.purpose !== command.purpose)
      throw invalid(`Donation ${donation.donationId} was given for ${donation.purpose}, not ${command.purpose}`, { field: `goods[${index}]` });
    if (donation.quality !== 'meets-standards')
      throw conflict(`Goods of donation ${donation.donationId} ${donation.quality === 'rejected' ? 'failed' : 'have not passed'} the quality check`);
    const held = donation.items.find((item) => item.item === wanted.item);
    if (!held) throw invalid(`Donation ${donation.donationId} has no item "${wanted.item}"`, { field: `goods[${index}].item` });
    if (!Number.isInteger(wanted.quantity) || wanted.quantity <= 0)
      throw invalid(`goods[${index}].quantity must be a whole number above 0`, { field: `goods[${index}].quantity` });
    if (wanted.quantity > held.remainingQuantity)
      throw conflict(`Only ${held.remainingQuantity} ${held.unit} of "${held.item}" are left of donation ${donation.donationId}`, {
        field: `goods[${index}].quantity`,
      });
    const value = wanted.quantity === held.remainingQuantity ? held.remainingValue : (held.value * BigInt(wanted.quantity)) / BigInt(held.quantity);
    return { donationId: donation.donationId, item: held.item, quantity: wanted.quantity, unit: held.unit, value: vndText(value) };
  });
  if (new Set(goods.map((entry) => `${entry.donationId}\u0000${entry.item}`)).size !== goods.length)
    throw invalid('Each donated item is listed once per distribution', { field: 'goods' });
  return [
    {
      type: 'FundDistributed',
      data: {
        fundId: fund.fundId,
        distributionId: command.distributionId,
        purpose: command.purpose,
        recipient,
        cashAmount: cash === null ? null : vndText(cash),
        goods,
        decision: requireText(command.decision, 'decision', 200),
        distributedOn: requireLocalDate(command.distributedOn, 'distributedOn'),
      },
    },
  ];
}
