import { deciderSpec } from '@cpp/eventsourcing/testing';
import { budgetLineDecider } from './budget-line.decider';
import { consolidated, finance, LINE, proposed, unit } from './line.fixtures';

const spec = deciderSpec(budgetLineDecider);

describe('consolidating an estimate', () => {
  const command = { type: 'ConsolidateEstimate' as const, lineId: LINE, requester: finance, amount: '450000000', consolidatedOn: '2025-10-01' };

  it('the finance agency takes it in at the amount it can balance', () => {
    spec.given([proposed]).when(command).then([consolidated]);
  });

  it('is the finance agency’s to do, on a proposed line only', () => {
    spec
      .given([proposed])
      .when({ ...command, requester: unit })
      .thenRefuses('FORBIDDEN', /finance agency/);
    spec
      .given([proposed, consolidated])
      .when(command)
      .thenRefuses('CONFLICT', /only a proposed estimate/);
    spec
      .given([])
      .when(command)
      .thenRefuses('NOT_FOUND', /No budget estimate/);
  });
});
