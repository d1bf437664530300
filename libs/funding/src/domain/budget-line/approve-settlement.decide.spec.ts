import { deciderSpec } from '@cpp/eventsourcing/testing';
import { budgetLineDecider } from './budget-line.decider';
import { allocatedLine, disbursed, finance, LINE } from './line.fixtures';
import { BudgetLineEvent } from './events';

const spec = deciderSpec(budgetLineDecider);

describe('approving the settlement (quyết toán)', () => {
  const command = {
    type: 'ApproveSettlement' as const,
    lineId: LINE,
    requester: finance,
    settledAmount: '300000000',
    decision: '120/QĐ-STC',
    approvedOn: '2027-06-30',
  };
  const cancelled: BudgetLineEvent = {
    type: 'BalanceCancelled',
    data: { lineId: LINE, entryId: 'huy-1', amount: '100000000', reason: 'x', cancelledOn: '2027-01-31' },
  };
  const settled: BudgetLineEvent = {
    type: 'SettlementApproved',
    data: { lineId: LINE, settledAmount: '300000000', decision: '120/QĐ-STC', approvedOn: '2027-06-30' },
  };

  it('settles what the Treasury paid once every đồng is accounted for', () => {
    spec
      .given([...allocatedLine, disbursed('300000000'), cancelled])
      .when(command)
      .then([settled]);
  });

  it('refuses while a balance is open, an advance is unrecovered, or the amount is not what was paid', () => {
    spec
      .given([...allocatedLine, disbursed('300000000')])
      .when(command)
      .thenRefuses('CONFLICT', /neither spent, carried over nor cancelled/);
    spec
      .given([...allocatedLine, disbursed('300000000', 'advance'), cancelled])
      .when(command)
      .thenRefuses('CONFLICT', /advances/);
    spec
      .given([...allocatedLine, disbursed('300000000'), cancelled])
      .when({ ...command, settledAmount: '299999999' })
      .thenRefuses('BAD_USER_INPUT', /is the 300000000/);
  });

  it('closes the line: nothing more is entered against it', () => {
    spec
      .given([...allocatedLine, disbursed('300000000'), cancelled, settled])
      .when(command)
      .thenRefuses('CONFLICT', /is settled/);
  });
});
