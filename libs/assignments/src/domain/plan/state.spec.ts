import { directivePlanDecider } from './directive-plan.decider';
import { DirectivePlanEvent } from './events';
import { amended, annual, recorded, sixMonthly } from './testing/plan-fixtures';

describe('folding a directive plan', () => {
  it('folds an amendment: changed tasks replaced, withdrawn ones removed, regimes added', () => {
    const state = [recorded, { ...amended, data: { ...amended.data, addedRegimes: [{ ...annual, regimeId: 'bao-cao-quy' }] } } as DirectivePlanEvent].reduce(
      directivePlanDecider.evolve,
      directivePlanDecider.initialState(),
    );
    expect(state).toMatchObject({ withdrawnTaskIds: ['5.b'], regimes: [sixMonthly, annual, { regimeId: 'bao-cao-quy' }] });
    expect(state.status !== 'none' && state.tasks.map((task) => [task.taskId, task.text])).toEqual([
      ['1.a', 'Nhiệm vụ 1.a'],
      ['1.đ', 'Sửa đổi'],
      ['4.đ', 'Nhiệm vụ 4.đ'],
      ['4.d', 'Nhiệm vụ 4.d'],
    ]);
  });
});
