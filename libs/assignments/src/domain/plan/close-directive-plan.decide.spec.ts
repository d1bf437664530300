import { DirectivePlanCommand } from './commands';
import { recorded, spec, superseded } from './testing/plan-fixtures';

describe('closing a directive plan', () => {
  const close: DirectivePlanCommand = {
    type: 'CloseDirectivePlan',
    directiveId: 'kh-soc-trang',
    outcome: 'superseded',
    effectiveFrom: '2022-01-01',
    reason: 'superseded by kh-2',
  };
  it('given a plan in force, when superseded, then DirectivePlanClosed', () => spec.given([recorded]).when(close).then([superseded]));
  it('given a closed plan, when closed again, then nothing', () => spec.given([recorded, superseded]).when(close).then([]));
});
