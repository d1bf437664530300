import { conflict, invalid, requireLocalDate } from '@cpp/eventsourcing';
import { requireId, requireOneOf, requireText } from '../guards';
import { requireVnd, vndText } from '../money/vnd';
import { DONOR_KINDS } from '../vocabulary';
import { RecordDonation } from './commands';
import { Donor, FundEvent } from './events';
import { requireFund, requireManager, requirePerson } from './fund-rules';
import { FundState } from './state';

const MAX_QUANTITY = 1_000_000_000;

/**
 * A donation as received, with its minute of receipt. A person is named only with their
 * consent; an organisation always; cash is an amount, goods are items with quantity, unit and
 * estimated value. Recording is not accepting: it counts in no balance yet.
 */
export function decideRecordDonation(command: RecordDonation, state: FundState): FundEvent[] {
  const fund = requireFund(state, command.fundId);
  requireManager(fund, command.requester, 'record donations to it');
  const recordedBy = requirePerson(command.requester, 'record a donation');
  requireId(command.donationId, 'donationId');
  if (fund.donations[command.donationId]) throw conflict(`Donation ${command.donationId} is already recorded`);
  if (!fund.purposes.includes(command.purpose))
    throw invalid(`Fund ${fund.fundId} serves ${fund.purposes.join(', ')}, not ${command.purpose}`, { field: 'purpose' });
  const form = requireOneOf(command.form, ['cash', 'in-kind'] as const, 'form');
  let amount: string | null = null;
  let items: { item: string; quantity: number; unit: string; estimatedValue: string }[] = [];
  if (form === 'cash') {
    if (command.items.length) throw invalid('A cash donation lists no items', { field: 'items' });
    amount = vndText(requireVnd(command.amount ?? '', 'amount'));
  } else {
    if (command.amount !== null) throw invalid('Goods are valued per item, not by a cash amount', { field: 'amount' });
    if (command.items.length === 0) throw invalid('A donation in kind lists its items', { field: 'items' });
    items = command.items.map((entry, index) => {
      if (!Number.isInteger(entry.quantity) || entry.quantity <= 0 || entry.quantity > MAX_QUANTITY)
        throw invalid(`items[${index}].quantity must be a whole number from 1 to ${MAX_QUANTITY}`, { field: 'items' });
      return {
        item: requireText(entry.item, `items[${index}].item`, 200),
        quantity: entry.quantity,
        unit: requireText(entry.unit, `items[${index}].unit`, 50),
        estimatedValue: vndText(requireVnd(entry.estimatedValue, `items[${index}].estimatedValue`)),
      };
    });
    if (new Set(items.map((entry) => entry.item)).size !== items.length) throw invalid('Each item is listed once', { field: 'items' });
  }
  return [
    {
      type: 'DonationRecorded',
      data: {
        fundId: fund.fundId,
        donationId: command.donationId,
        donor: donor(command.donor),
        purpose: command.purpose,
        form,
        amount,
        items,
        receiptMinute: requireText(command.receiptMinute, 'receiptMinute', 200),
        receivedOn: requireLocalDate(command.receivedOn, 'receivedOn'),
        recordedBy,
      },
    },
  ];
}

function donor(given: RecordDonation['donor']): Donor {
  const kind = requireOneOf(given.kind, DONOR_KINDS, 'donor.kind');
  const name = given.name?.trim() || null;
  if (kind === 'organisation') return { kind, name: requireText(name, 'donor.name', 300), consentToName: true };
  if (kind === 'anonymous' && name) throw invalid('An anonymous donation carries no name', { field: 'donor.name' });
  if (kind === 'person' && name && !given.consentToName)
    throw invalid("A person's name is recorded only with their consent to be named", { field: 'donor.name' });
  return {
    kind,
    name: kind === 'person' && given.consentToName ? requireText(name, 'donor.name', 300) : null,
    consentToName: kind === 'person' && given.consentToName,
  };
}
