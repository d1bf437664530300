import { deciderSpec } from '@cpp/eventsourcing/testing';
import { budgetLineDecider } from './budget-line.decider';
import { allocated, consolidated, decided, finance, LINE, proposed, unit } from './line.fixtures';

const spec = deciderSpec(budgetLineDecider);

describe('allocating the estimate (giao dự toán)', () => {
  const command = {
    type: 'AllocateBudget' as const,
    lineId: LINE,
    requester: finance,
    entryId: 'giao-1',
    amount: '400000000',
    decision: '2850/QĐ-UBND',
    allocatedOn: '2025-12-20',
  };

  it('allocates up to the decided amount, by a decision', () => {
    spec.given([proposed, consolidated, decided]).when(command).then([allocated]);
  });

  it('never above the decided amount: more is a supplement', () => {
    spec
      .given([proposed, consolidated, decided])
      .when({ ...command, amount: '400000001' })
      .thenRefuses('CONFLICT', /by a supplement/);
  });

  it('only after the council decided, once, by the finance agency', () => {
    spec
      .given([proposed, consolidated])
      .when(command)
      .thenRefuses('CONFLICT', /after the council decided/);
    spec
      .given([proposed, consolidated, decided, allocated])
      .when({ ...command, entryId: 'giao-2' })
      .thenRefuses('CONFLICT');
    spec
      .given([proposed, consolidated, decided])
      .when({ ...command, requester: unit })
      .thenRefuses('FORBIDDEN');
  });
});
