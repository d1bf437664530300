import { deciderSpec } from '@cpp/eventsourcing/testing';
import { budgetLineDecider } from './budget-line.decider';
import { consolidated, decided, finance, LINE, proposed } from './line.fixtures';

const spec = deciderSpec(budgetLineDecider);

describe("recording the People's Council's decision", () => {
  const command = { type: 'DecideEstimate' as const, lineId: LINE, requester: finance, amount: '400000000', resolution: '25/NQ-HĐND', decidedOn: '2025-12-10' };

  it('records the decided amount with the resolution', () => {
    spec.given([proposed, consolidated]).when(command).then([decided]);
  });

  it('needs a consolidated estimate and a resolution', () => {
    spec
      .given([proposed])
      .when(command)
      .thenRefuses('CONFLICT', /decides a consolidated estimate/);
    spec
      .given([proposed, consolidated])
      .when({ ...command, resolution: '' })
      .thenRefuses('BAD_USER_INPUT', /resolution is required/);
  });
});
