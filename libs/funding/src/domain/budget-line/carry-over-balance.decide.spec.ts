import { deciderSpec } from '@cpp/eventsourcing/testing';
import { budgetLineDecider } from './budget-line.decider';
import { allocatedLine, disbursed, finance, LINE, unit } from './line.fixtures';

const spec = deciderSpec(budgetLineDecider);

describe('carrying a balance over to the next year', () => {
  const command = {
    type: 'CarryOverBalance' as const,
    lineId: LINE,
    requester: finance,
    entryId: 'cn-1',
    amount: '100000000',
    legalGround: 'Hợp đồng đã ký, chưa thanh toán (chuyển nguồn theo Luật NSNN)',
    carriedOn: '2026-12-31',
  };

  it('carries only what is unspent, on its legal ground, into the next year', () => {
    spec
      .given([...allocatedLine, disbursed('300000000')])
      .when(command)
      .then([
        {
          type: 'BalanceCarriedOver',
          data: { lineId: LINE, entryId: 'cn-1', amount: '100000000', toFiscalYear: 2027, legalGround: command.legalGround, carriedOn: '2026-12-31' },
        },
      ]);
    spec
      .given([...allocatedLine, disbursed('300000000')])
      .when({ ...command, amount: '100000001' })
      .thenRefuses('CONFLICT', /above the 100000000 đồng unspent/);
  });

  it('needs a legal ground, the year end and the finance agency', () => {
    spec
      .given(allocatedLine)
      .when({ ...command, legalGround: '' })
      .thenRefuses('BAD_USER_INPUT', /legalGround/);
    spec
      .given(allocatedLine)
      .when({ ...command, carriedOn: '2026-06-30' })
      .thenRefuses('CONFLICT', /at its end/);
    spec
      .given(allocatedLine)
      .when({ ...command, requester: unit })
      .thenRefuses('FORBIDDEN');
  });
});
