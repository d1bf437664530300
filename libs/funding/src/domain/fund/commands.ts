import { Requester } from '@cpp/eventsourcing';

interface OnFund {
  fundId: string;
  requester: Requester;
}

export type OpenFund = OnFund & {
  type: 'OpenFund';
  name: string;
  kind: string;
  managingAgencyId: string;
  superiorAgencyId: string;
  unitId: string;
  purposes: string[];
  openedOn: string;
  /** Whether each agency it names is registered and active, as the handler found it. */
  knownAgencies: Record<string, boolean>;
};
export type RecordDonation = OnFund & {
  type: 'RecordDonation';
  donationId: string;
  donor: { kind: string; name: string | null; consentToName: boolean };
  purpose: string;
  form: string;
  amount: string | null;
  items: { item: string; quantity: number; unit: string; estimatedValue: string }[];
  receiptMinute: string;
  receivedOn: string;
};
export type AcceptDonation = OnFund & { type: 'AcceptDonation'; donationId: string; acceptedOn: string };
export type SuspendDonation = OnFund & { type: 'SuspendDonation'; donationId: string; reason: string; suspendedOn: string };
export type CheckDonatedGoods = OnFund & { type: 'CheckDonatedGoods'; donationId: string; outcome: string; note: string | null; checkedOn: string };
export type DistributeFromFund = OnFund & {
  type: 'DistributeFromFund';
  distributionId: string;
  purpose: string;
  recipient: { kind: string; recipientId: string; name: string; especiallyDifficult: boolean };
  cashAmount: string | null;
  goods: { donationId: string; item: string; quantity: number }[];
  decision: string;
  distributedOn: string;
};
export type DiscloseFundUse = OnFund & { type: 'DiscloseFundUse'; period: string; reference: string; publishedOn: string };

export type FundCommand = OpenFund | RecordDonation | AcceptDonation | SuspendDonation | CheckDonatedGoods | DistributeFromFund | DiscloseFundUse;
