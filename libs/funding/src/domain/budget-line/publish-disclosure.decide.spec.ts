import { deciderSpec } from '@cpp/eventsourcing/testing';
import { budgetLineDecider } from './budget-line.decider';
import { allocatedLine, LINE, proposed, unit } from './line.fixtures';

const spec = deciderSpec(budgetLineDecider);

describe('publishing a budget figure (công khai)', () => {
  const command = {
    type: 'PublishDisclosure' as const,
    lineId: LINE,
    requester: unit,
    report: 'execution-3m',
    reference: 'Cổng TTĐT Sở LĐTBXH, 15/4/2026',
    publishedOn: '2026-04-15',
  };

  it('publishes the execution of an allocated line, once per report', () => {
    spec
      .given(allocatedLine)
      .when(command)
      .then([{ type: 'BudgetDisclosurePublished', data: { lineId: LINE, report: 'execution-3m', reference: command.reference, publishedOn: '2026-04-15' } }]);
    spec
      .given([
        ...allocatedLine,
        { type: 'BudgetDisclosurePublished', data: { lineId: LINE, report: 'execution-3m', reference: 'x', publishedOn: '2026-04-15' } },
      ])
      .when(command)
      .thenRefuses('CONFLICT', /already published/);
  });

  it('refuses a figure that does not exist yet', () => {
    spec
      .given([proposed])
      .when({ ...command, report: 'estimate' })
      .thenRefuses('CONFLICT', /no decided estimate/);
    spec
      .given(allocatedLine)
      .when({ ...command, report: 'settlement' })
      .thenRefuses('CONFLICT', /no approved settlement/);
    spec
      .given(allocatedLine)
      .when({ ...command, report: 'execution-5m' })
      .thenRefuses('BAD_USER_INPUT');
  });
});
