import type { DirectiveAmended } from '@cpp/directives';
import { DirectivePlanCommandOf } from '../plan/commands';
import { directivePlanDecider } from '../plan/directive-plan.decider';
import { DirectivePlan } from '../plan/state';
import { tasks } from '../plan/testing/plan-fixtures';
import { applyAmendment, recordAmendment } from './directive-amended.policy';
import { plan as before, typesOf } from './testing/directive-facts';
import { NONE_GONE } from './testing/former-agencies';

const amendment = (change: Partial<DirectiveAmended['data']>): DirectiveAmended['data'] => ({
  directiveId: 'kh-soc-trang',
  amendedOn: '2021-04-01',
  amendingDocument: '200/KH-UBND',
  subject: 'Sửa đổi',
  addedTasks: [],
  changedTasks: [],
  withdrawnTaskIds: [],
  addedReportingRegimes: [],
  ...change,
});
const after = (amended: DirectiveAmended['data']): DirectivePlan => {
  const { type: _type, ...data } = recordAmendment(amended, { eventId: 'e1' }) as DirectivePlanCommandOf<'RecordAmendment'>;
  return directivePlanDecider.evolve(before, { type: 'DirectivePlanAmended', data }) as DirectivePlan;
};
const apply = (data: DirectiveAmended['data'], cascades = new Map<string, string[]>()) =>
  applyAmendment(data, { before, plan: after(data), cascades, former: NONE_GONE });
const LEAD_1D = 'kh-soc-trang/1.đ/so-y-te-soc-trang';

describe('a directive amended', () => {
  it('given DirectiveAmended, when recorded, then the amendment on the plan, once per event', () =>
    expect(recordAmendment(amendment({ withdrawnTaskIds: ['5.b'] }), { eventId: 'e1' })).toMatchObject({
      type: 'RecordAmendment',
      sourceEventId: 'e1',
      withdrawnTaskIds: ['5.b'],
    }));

  it('given a changed text, then the assignment is amended in place', () => {
    const commands = apply(amendment({ changedTasks: [{ ...tasks[1], text: 'Sửa đổi' }] }));
    expect(commands[0]).toEqual({
      aggregate: 'task',
      command: expect.objectContaining({ type: 'AmendTask', taskId: LEAD_1D, text: 'Sửa đổi', amendingDocument: '200/KH-UBND' }),
    });
  });

  it('given a new lead agency, then the old assignment is withdrawn with its cascade and the new lead assigned', () => {
    const commands = apply(
      amendment({ changedTasks: [{ ...tasks[1], leadAgencyId: 'so-gddt-soc-trang' }] }),
      new Map([[LEAD_1D, [LEAD_1D, `${LEAD_1D}>ubnd-ke-sach`]]]),
    );
    expect(
      commands
        .slice(0, 3)
        .map(({ command }) => [command.type, command.type === 'AssignTask' ? command.spec.taskId : 'taskId' in command ? command.taskId : null]),
    ).toEqual([
      ['CloseTask', LEAD_1D],
      ['CloseTask', `${LEAD_1D}>ubnd-ke-sach`],
      ['AssignTask', 'kh-soc-trang/1.đ/so-gddt-soc-trang'],
    ]);
    expect(commands[0].command).toMatchObject({ outcome: 'withdrawn', effectiveFrom: '2021-04-01', reason: 'amended by 200/KH-UBND on 2021-04-01' });
  });

  it('given a withdrawn task, then each of its assignments closes', () =>
    expect(typesOf(apply(amendment({ withdrawnTaskIds: ['4.d'] }))).filter((type) => type === 'CloseTask')).toHaveLength(3));

  it('given an added task, then it is assigned, and the periods are opened again (those open change nothing)', () => {
    const types = typesOf(apply(amendment({ addedTasks: [{ ...tasks[0], taskId: '6.a', section: '6.a' }] })));
    expect(types[0]).toBe('AssignTask');
    expect(types.filter((type) => type === 'OpenObligation').length).toBeGreaterThan(0);
  });

  it('given a plan never recorded, then nothing', () =>
    expect(applyAmendment(amendment({}), { before: { status: 'none' }, plan: before, cascades: new Map(), former: NONE_GONE })).toEqual([]));
});
