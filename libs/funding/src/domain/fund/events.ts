/**
 * A fund that receives donations and distributes them: the Child Protection Fund (Quỹ bảo trợ
 * trẻ em) or an agency's donation account for a campaign (Sơn Dương §7.4: support for children
 * of especially difficult communes). Every donation into it and every distribution out of it
 * share one stream, so its balances per purpose are decided against everything before.
 */
import { DomainEvent } from '@cpp/eventsourcing';
import { DonorKind, FundKind, RecipientKind } from '../vocabulary';

export interface Donor {
  kind: DonorKind;
  /** An organisation's name; a person's only with their consent to be named; null otherwise. */
  name: string | null;
  consentToName: boolean;
}

export interface DonatedItem {
  item: string;
  quantity: number;
  unit: string;
  /** The whole item line's estimated value in đồng. */
  estimatedValue: string;
}

/** A commune, a facility or a group: never a named child. */
export interface Recipient {
  kind: RecipientKind;
  /** The platform's id of the commune (administrative unit) or facility (agency); a group's own slug. */
  recipientId: string;
  name: string;
  /** A commune designated especially difficult (xã đặc biệt khó khăn), with the designation it rests on. */
  especiallyDifficult: boolean;
}

export interface DistributedGoods {
  donationId: string;
  item: string;
  quantity: number;
  unit: string;
  value: string;
}

export type FundOpened = DomainEvent<
  'FundOpened',
  { fundId: string; name: string; kind: FundKind; managingAgencyId: string; superiorAgencyId: string; unitId: string; purposes: string[]; openedOn: string }
>;
/** Received, with the minute of receipt (biên bản tiếp nhận), by the officer who recorded it. */
export type DonationRecorded = DomainEvent<
  'DonationRecorded',
  {
    fundId: string;
    donationId: string;
    donor: Donor;
    purpose: string;
    form: 'cash' | 'in-kind';
    /** Cash in đồng; null for goods. */
    amount: string | null;
    items: DonatedItem[];
    receiptMinute: string;
    receivedOn: string;
    recordedBy: string;
  }
>;
/** Accepted into the fund by someone entitled to accept, who did not record it. */
export type DonationAccepted = DomainEvent<'DonationAccepted', { fundId: string; donationId: string; acceptedBy: string; acceptedOn: string }>;
/** Suspended by the superior agency: it can no longer be accepted or used. */
export type DonationSuspended = DomainEvent<
  'DonationSuspended',
  { fundId: string; donationId: string; suspendedByAgencyId: string; reason: string; suspendedOn: string }
>;
/** Donated goods checked against standards and quality before any is handed on. */
export type DonatedGoodsChecked = DomainEvent<
  'DonatedGoodsChecked',
  { fundId: string; donationId: string; outcome: 'meets-standards' | 'rejected'; note: string | null; checkedBy: string; checkedOn: string }
>;
export type FundDistributed = DomainEvent<
  'FundDistributed',
  {
    fundId: string;
    distributionId: string;
    purpose: string;
    recipient: Recipient;
    cashAmount: string | null;
    goods: DistributedGoods[];
    decision: string;
    distributedOn: string;
  }
>;
/** Receipt and use made public (công khai) for a period. */
export type FundUseDisclosed = DomainEvent<'FundUseDisclosed', { fundId: string; period: string; reference: string; publishedOn: string }>;

export type FundEvent = FundOpened | DonationRecorded | DonationAccepted | DonationSuspended | DonatedGoodsChecked | FundDistributed | FundUseDisclosed;

export const FUND_EVENT_TYPES = [
  'FundOpened',
  'DonationRecorded',
  'DonationAccepted',
  'DonationSuspended',
  'DonatedGoodsChecked',
  'FundDistributed',
  'FundUseDisclosed',
] as const satisfies readonly FundEvent['type'][];
