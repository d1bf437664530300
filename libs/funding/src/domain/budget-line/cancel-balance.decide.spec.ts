import { deciderSpec } from '@cpp/eventsourcing/testing';
import { budgetLineDecider } from './budget-line.decider';
import { allocatedLine, disbursed, finance, LINE } from './line.fixtures';

const spec = deciderSpec(budgetLineDecider);

describe('cancelling an unspent balance', () => {
  const command = {
    type: 'CancelBalance' as const,
    lineId: LINE,
    requester: finance,
    entryId: 'huy-1',
    amount: '100000000',
    reason: 'Không thực hiện',
    cancelledOn: '2027-01-31',
  };

  it('cancels what is unspent, never more', () => {
    spec
      .given([...allocatedLine, disbursed('300000000')])
      .when(command)
      .then([
        { type: 'BalanceCancelled', data: { lineId: LINE, entryId: 'huy-1', amount: '100000000', reason: 'Không thực hiện', cancelledOn: '2027-01-31' } },
      ]);
    spec
      .given([...allocatedLine, disbursed('300000001', 'payment')])
      .when(command)
      .thenRefuses('CONFLICT', /unspent/);
  });
});
