import { deciderSpec } from '@cpp/eventsourcing/testing';
import { fundDecider } from './fund.decider';
import { FundEvent } from './events';
import { acceptor, accepted, cashRecorded, commune, FUND, opened, PURPOSE, superior } from './fund.fixtures';

const spec = deciderSpec(fundDecider);

describe('the superior suspending a donation', () => {
  const command = {
    type: 'SuspendDonation' as const,
    fundId: FUND,
    requester: superior,
    donationId: 'ts-1',
    reason: 'Nguồn gốc chưa rõ',
    suspendedOn: '2026-02-10',
  };
  const suspended: FundEvent = {
    type: 'DonationSuspended',
    data: { fundId: FUND, donationId: 'ts-1', suspendedByAgencyId: 'ubnd-son-duong', reason: 'Nguồn gốc chưa rõ', suspendedOn: '2026-02-10' },
  };

  it('suspends a recorded or accepted donation', () => {
    spec.given([opened, cashRecorded()]).when(command).then([suspended]);
    spec.given([opened, cashRecorded(), accepted()]).when(command).then([suspended]);
  });

  it('only the superior may, and not once the cash was handed on', () => {
    spec
      .given([opened, cashRecorded()])
      .when({ ...command, requester: acceptor })
      .thenRefuses('FORBIDDEN', /superior/);
    const distributed: FundEvent = {
      type: 'FundDistributed',
      data: {
        fundId: FUND,
        distributionId: 'pp-1',
        purpose: PURPOSE,
        recipient: { ...commune, kind: 'commune' },
        cashAmount: '10000000',
        goods: [],
        decision: 'QĐ 5',
        distributedOn: '2026-02-08',
      },
    };
    spec
      .given([opened, cashRecorded(), accepted(), distributed])
      .when(command)
      .thenRefuses('CONFLICT', /partly distributed/);
  });
});
