import { deciderSpec } from '@cpp/eventsourcing/testing';
import { fundDecider } from './fund.decider';
import { acceptor, cashRecorded, FUND, goodsPassed, goodsRecorded, opened, recorder } from './fund.fixtures';

const spec = deciderSpec(fundDecider);

describe('checking donated goods', () => {
  const command = {
    type: 'CheckDonatedGoods' as const,
    fundId: FUND,
    requester: acceptor,
    donationId: 'hv-1',
    outcome: 'meets-standards',
    note: null,
    checkedOn: '2026-02-06',
  };

  it('records that goods meet the standards, once', () => {
    spec.given([opened, goodsRecorded]).when(command).then([goodsPassed]);
    spec
      .given([opened, goodsRecorded, goodsPassed])
      .when(command)
      .thenRefuses('CONFLICT', /already checked/);
  });

  it('a rejection says why; cash is not checked', () => {
    spec
      .given([opened, goodsRecorded])
      .when({ ...command, outcome: 'rejected' })
      .thenRefuses('BAD_USER_INPUT', /says what failed/);
    spec
      .given([opened, cashRecorded()])
      .when({ ...command, donationId: 'ts-1' })
      .thenRefuses('BAD_USER_INPUT', /only goods/);
  });

  it('given goods recorded by an officer, when the same officer checks them, then FORBIDDEN: another must verify them', () => {
    spec
      .given([opened, goodsRecorded])
      .when({ ...command, requester: recorder })
      .thenRefuses('FORBIDDEN', /another officer must check/);
  });
});
