import { deciderSpec } from '@cpp/eventsourcing/testing';
import { budgetLineDecider } from './budget-line.decider';
import { allocatedLine, committed, finance, LINE, proposed } from './line.fixtures';

const spec = deciderSpec(budgetLineDecider);

describe('adjusting an allocation', () => {
  const command = {
    type: 'AdjustAllocation' as const,
    lineId: LINE,
    requester: finance,
    entryId: 'bs-1',
    direction: 'supplement',
    amount: '50000000',
    decision: '310/QĐ-UBND',
    reason: 'Bổ sung kinh phí',
    adjustedOn: '2026-05-01',
  };

  it('a supplement adds to the allocation, with its decision', () => {
    spec
      .given(allocatedLine)
      .when(command)
      .then([
        {
          type: 'AllocationAdjusted',
          data: {
            lineId: LINE,
            entryId: 'bs-1',
            direction: 'supplement',
            amount: '50000000',
            decision: '310/QĐ-UBND',
            reason: 'Bổ sung kinh phí',
            adjustedOn: '2026-05-01',
          },
        },
      ]);
  });

  it('a reduction never leaves less than is committed', () => {
    spec
      .given([...allocatedLine, committed('350000000')])
      .when({ ...command, direction: 'reduction', amount: '60000000' })
      .thenRefuses('CONFLICT', /less than the 350000000/);
    spec
      .given([...allocatedLine, committed('350000000')])
      .when({ ...command, direction: 'reduction', amount: '50000000' })
      .then([
        {
          type: 'AllocationAdjusted',
          data: {
            lineId: LINE,
            entryId: 'bs-1',
            direction: 'reduction',
            amount: '50000000',
            decision: '310/QĐ-UBND',
            reason: 'Bổ sung kinh phí',
            adjustedOn: '2026-05-01',
          },
        },
      ]);
  });

  it('needs an allocation, a known direction and a decision', () => {
    spec
      .given([proposed])
      .when(command)
      .thenRefuses('CONFLICT', /only an allocation/);
    spec
      .given(allocatedLine)
      .when({ ...command, direction: 'sideways' })
      .thenRefuses('BAD_USER_INPUT', /direction/);
    spec
      .given(allocatedLine)
      .when({ ...command, decision: ' ' })
      .thenRefuses('BAD_USER_INPUT', /decision is required/);
  });
});
