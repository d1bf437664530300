import { deciderSpec } from '@cpp/eventsourcing/testing';
import { fundDecider } from './fund.decider';
import { acceptor, FUND, opened } from './fund.fixtures';

const spec = deciderSpec(fundDecider);

describe('disclosing receipts and use', () => {
  const command = {
    type: 'DiscloseFundUse' as const,
    fundId: FUND,
    requester: acceptor,
    period: '2026-Q1',
    reference: 'Niêm yết tại trụ sở UBND huyện',
    publishedOn: '2026-04-05',
  };

  it('publishes a quarter once', () => {
    spec
      .given([opened])
      .when(command)
      .then([{ type: 'FundUseDisclosed', data: { fundId: FUND, period: '2026-Q1', reference: command.reference, publishedOn: '2026-04-05' } }]);
    spec
      .given([opened, { type: 'FundUseDisclosed', data: { fundId: FUND, period: '2026-Q1', reference: 'x', publishedOn: '2026-04-05' } }])
      .when(command)
      .thenRefuses('CONFLICT');
    spec
      .given([opened])
      .when({ ...command, period: 'Q1' })
      .thenRefuses('BAD_USER_INPUT');
  });
});
