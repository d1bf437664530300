import { Vnd } from '../money/vnd';
import { FundKind } from '../vocabulary';
import { Donor, FundEvent } from './events';

export interface HeldItem {
  item: string;
  unit: string;
  quantity: number;
  value: Vnd;
  /** Still in the fund's hands. */
  remainingQuantity: number;
  remainingValue: Vnd;
}

export interface Donation {
  donationId: string;
  donor: Donor;
  purpose: string;
  form: 'cash' | 'in-kind';
  cash: Vnd;
  items: HeldItem[];
  status: 'recorded' | 'accepted' | 'suspended';
  quality: 'meets-standards' | 'rejected' | null;
  recordedBy: string;
}

export interface Fund {
  status: 'open';
  fundId: string;
  name: string;
  kind: FundKind;
  managingAgencyId: string;
  superiorAgencyId: string;
  unitId: string;
  purposes: string[];
  donations: Record<string, Donation>;
  /** Cash per purpose: accepted donations not suspended, less what was distributed. Never negative. */
  cashBalance: Record<string, Vnd>;
  distributionIds: string[];
  disclosedPeriods: string[];
}

export type FundState = { status: 'none' } | Fund;

export const initialFundState = (): FundState => ({ status: 'none' });

const addCash = (fund: Fund, purpose: string, amount: Vnd): Record<string, Vnd> => ({
  ...fund.cashBalance,
  [purpose]: (fund.cashBalance[purpose] ?? 0n) + amount,
});

export function evolveFund(state: FundState, event: FundEvent): FundState {
  if (event.type === 'FundOpened') {
    const { openedOn, ...fund } = event.data;
    void openedOn;
    return {
      ...fund,
      status: 'open',
      donations: {},
      cashBalance: Object.fromEntries(fund.purposes.map((purpose) => [purpose, 0n])),
      distributionIds: [],
      disclosedPeriods: [],
    };
  }
  if (state.status === 'none') return state;
  const fund = state;
  const update = (donationId: string, change: Partial<Donation>): Record<string, Donation> => ({
    ...fund.donations,
    [donationId]: { ...fund.donations[donationId], ...change },
  });
  switch (event.type) {
    case 'DonationRecorded': {
      const d = event.data;
      const items = d.items.map(({ item, unit, quantity, estimatedValue }) => ({
        item,
        unit,
        quantity,
        value: BigInt(estimatedValue),
        remainingQuantity: quantity,
        remainingValue: BigInt(estimatedValue),
      }));
      const donation: Donation = {
        donationId: d.donationId,
        donor: d.donor,
        purpose: d.purpose,
        form: d.form,
        cash: BigInt(d.amount ?? '0'),
        items,
        status: 'recorded',
        quality: null,
        recordedBy: d.recordedBy,
      };
      return { ...fund, donations: { ...fund.donations, [d.donationId]: donation } };
    }
    case 'DonationAccepted': {
      const donation = fund.donations[event.data.donationId];
      return { ...fund, donations: update(donation.donationId, { status: 'accepted' }), cashBalance: addCash(fund, donation.purpose, donation.cash) };
    }
    case 'DonationSuspended': {
      const donation = fund.donations[event.data.donationId];
      const withdrawn = donation.status === 'accepted' ? donation.cash : 0n;
      return { ...fund, donations: update(donation.donationId, { status: 'suspended' }), cashBalance: addCash(fund, donation.purpose, -withdrawn) };
    }
    case 'DonatedGoodsChecked':
      return { ...fund, donations: update(event.data.donationId, { quality: event.data.outcome }) };
    case 'FundDistributed': {
      const d = event.data;
      let donations = fund.donations;
      for (const goods of d.goods) {
        const donation = donations[goods.donationId];
        const items = donation.items.map((held) =>
          held.item === goods.item
            ? { ...held, remainingQuantity: held.remainingQuantity - goods.quantity, remainingValue: held.remainingValue - BigInt(goods.value) }
            : held,
        );
        donations = { ...donations, [goods.donationId]: { ...donation, items } };
      }
      return {
        ...fund,
        donations,
        cashBalance: addCash(fund, d.purpose, -BigInt(d.cashAmount ?? '0')),
        distributionIds: [...fund.distributionIds, d.distributionId],
      };
    }
    case 'FundUseDisclosed':
      return { ...fund, disclosedPeriods: [...fund.disclosedPeriods, event.data.period] };
  }
}
