import { deciderSpec } from '@cpp/eventsourcing/testing';
import { fundDecider } from './fund.decider';
import { DistributedGoods, FundEvent } from './events';
import { acceptor, accepted, cashRecorded, commune, FUND, goodsPassed, goodsRecorded, opened, PURPOSE } from './fund.fixtures';

const spec = deciderSpec(fundDecider);

describe('distributing from the fund', () => {
  const command = {
    type: 'DistributeFromFund' as const,
    fundId: FUND,
    requester: acceptor,
    distributionId: 'pp-1',
    purpose: PURPOSE,
    recipient: commune,
    cashAmount: '30000000',
    goods: [],
    decision: 'QĐ 15/QĐ-LĐTBXH',
    distributedOn: '2026-03-01',
  };
  const funded = [opened, cashRecorded(), accepted()];
  const distributed = (cashAmount: string | null, goods: DistributedGoods[] = []): FundEvent => ({
    type: 'FundDistributed',
    data: {
      fundId: FUND,
      distributionId: 'pp-1',
      purpose: PURPOSE,
      recipient: { ...commune, kind: 'commune' },
      cashAmount,
      goods,
      decision: 'QĐ 15/QĐ-LĐTBXH',
      distributedOn: '2026-03-01',
    },
  });

  it('hands cash to an especially difficult commune out of the purpose balance', () => {
    spec
      .given(funded)
      .when(command)
      .then([distributed('30000000')]);
  });

  it('refuses a distribution above the balance: the balance never goes negative', () => {
    spec
      .given(funded)
      .when({ ...command, cashAmount: '50000001' })
      .thenRefuses('CONFLICT', /above the 50000000 đồng balance/);
    spec
      .given([opened, cashRecorded()])
      .when(command)
      .thenRefuses('CONFLICT', /above the 0 đồng balance/);
  });

  it('never to a named child', () => {
    spec
      .given(funded)
      .when({ ...command, recipient: { ...commune, kind: 'child' } })
      .thenRefuses('BAD_USER_INPUT', /never to a named child/);
  });

  it('hands on goods that passed the quality check, valued at their share of the estimate', () => {
    const goods = [{ donationId: 'hv-1', item: 'Áo ấm trẻ em', quantity: 100 }];
    const stocked = [opened, goodsRecorded, accepted('hv-1')];
    spec
      .given(stocked)
      .when({ ...command, cashAmount: null, goods })
      .thenRefuses('CONFLICT', /have not passed the quality check/);
    spec
      .given([...stocked, goodsPassed])
      .when({ ...command, cashAmount: null, goods })
      .then([distributed(null, [{ donationId: 'hv-1', item: 'Áo ấm trẻ em', quantity: 100, unit: 'chiếc', value: '15000000' }])]);
    spec
      .given([...stocked, goodsPassed])
      .when({ ...command, cashAmount: null, goods: [{ ...goods[0], quantity: 301 }] })
      .thenRefuses('CONFLICT', /Only 300 chiếc/);
  });

  it('refuses a negative or fractional amount, a known distribution id, and nothing to hand on', () => {
    spec
      .given(funded)
      .when({ ...command, cashAmount: '-1' })
      .thenRefuses('BAD_USER_INPUT');
    spec
      .given(funded)
      .when({ ...command, cashAmount: '0.5' })
      .thenRefuses('BAD_USER_INPUT');
    spec
      .given(funded)
      .when({ ...command, cashAmount: null })
      .thenRefuses('BAD_USER_INPUT', /cash, goods or both/);
    spec
      .given([...funded, distributed('1000')])
      .when(command)
      .thenRefuses('CONFLICT', /already recorded/);
  });
});
