import { Requester } from '@cpp/eventsourcing';
import { FundEvent } from './events';

/** Sơn Dương's donations for children of especially difficult communes (§7.4); amounts illustrative. */
export const FUND = 'van-dong-son-duong';
export const PURPOSE = 'xa-dac-biet-kho-khan';
export const recorder: Requester = { subject: 'can-bo-tiep-nhan', agencyId: 'phong-ldtbxh-son-duong', roles: ['agency-officer'] };
export const acceptor: Requester = { subject: 'truong-phong', agencyId: 'phong-ldtbxh-son-duong', roles: ['agency-officer'] };
export const superior: Requester = { subject: 'pho-chu-tich', agencyId: 'ubnd-son-duong', roles: ['agency-officer'] };

export const opened: FundEvent = {
  type: 'FundOpened',
  data: {
    fundId: FUND,
    name: 'Vận động hỗ trợ trẻ em các xã đặc biệt khó khăn',
    kind: 'donation-account',
    managingAgencyId: 'phong-ldtbxh-son-duong',
    superiorAgencyId: 'ubnd-son-duong',
    unitId: 'son-duong',
    purposes: [PURPOSE, 'chung'],
    openedOn: '2026-01-05',
  },
};
export const cashRecorded = (donationId = 'ts-1', amount = '50000000'): FundEvent => ({
  type: 'DonationRecorded',
  data: {
    fundId: FUND,
    donationId,
    donor: { kind: 'organisation', name: 'Công ty Điện lực Tuyên Quang', consentToName: true },
    purpose: PURPOSE,
    form: 'cash',
    amount,
    items: [],
    receiptMinute: 'BB 01/2026',
    receivedOn: '2026-02-01',
    recordedBy: 'can-bo-tiep-nhan',
  },
});
export const goodsRecorded: FundEvent = {
  type: 'DonationRecorded',
  data: {
    fundId: FUND,
    donationId: 'hv-1',
    donor: { kind: 'person', name: null, consentToName: false },
    purpose: PURPOSE,
    form: 'in-kind',
    amount: null,
    items: [{ item: 'Áo ấm trẻ em', quantity: 300, unit: 'chiếc', estimatedValue: '45000000' }],
    receiptMinute: 'BB 02/2026',
    receivedOn: '2026-02-03',
    recordedBy: 'can-bo-tiep-nhan',
  },
};
export const accepted = (donationId = 'ts-1'): FundEvent => ({
  type: 'DonationAccepted',
  data: { fundId: FUND, donationId, acceptedBy: 'truong-phong', acceptedOn: '2026-02-05' },
});
export const goodsPassed: FundEvent = {
  type: 'DonatedGoodsChecked',
  data: { fundId: FUND, donationId: 'hv-1', outcome: 'meets-standards', note: null, checkedBy: 'truong-phong', checkedOn: '2026-02-06' },
};
export const commune = { kind: 'commune', recipientId: 'xa-trung-yen', name: 'Xã Trung Yên', especiallyDifficult: true };
