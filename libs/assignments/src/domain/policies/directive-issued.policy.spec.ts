import { recorded } from '../plan/testing/plan-fixtures';
import { assignIssuedDirective, recordIssuedDirective } from './directive-issued.policy';
import { issued, plan, typesOf } from './testing/directive-facts';
import { directory, merged, NONE_GONE } from './testing/former-agencies';

describe('a directive issued', () => {
  it('given DirectiveIssued, when recorded, then the plan with its tasks, regimes and a horizon at the end of next year', () =>
    expect(recordIssuedDirective(issued, { today: '2021-06-15' })).toEqual({ type: 'RecordDirectivePlan', ...recorded.data }));

  it('given the recorded plan, then one assignment per lead and coordinating agency, then every report period up to the horizon', () => {
    const commands = assignIssuedDirective(issued, { plan, recordedOn: '2021-01-20', former: NONE_GONE });
    expect(typesOf(commands)).toEqual([...Array(7).fill('AssignTask'), ...Array(8).fill('OpenObligation')]);
    expect(commands[0]).toEqual({
      aggregate: 'task',
      command: expect.objectContaining({
        type: 'AssignTask',
        assignedOn: '2021-01-15',
        spec: expect.objectContaining({ taskId: 'kh-soc-trang/1.a/so-ldtbxh-soc-trang', role: 'lead' }),
      }),
    });
  });

  it('given a directive with no date of issue, then it is dated when it took effect, or else when it was recorded', () => {
    const dated = (directive: typeof issued) =>
      (assignIssuedDirective(directive, { plan, recordedOn: '2021-01-20', former: NONE_GONE })[0].command as { assignedOn: string }).assignedOn;
    expect(dated({ ...issued, issuedOn: null, effectiveFrom: '2021-02-01' })).toBe('2021-02-01');
    expect(dated({ ...issued, issuedOn: null })).toBe('2021-01-20');
  });

  it('given a report owed by a merged agency, then it is opened for it and passed to the successor', () =>
    expect(
      typesOf(assignIssuedDirective(issued, { plan, recordedOn: '2021-01-20', former: directory(merged('cong-an-soc-trang', 'cong-an-moi')) })).filter(
        (type) => type === 'ReassignObligation',
      ),
    ).toHaveLength(4));

  it('given a plan already superseded, then nothing is assigned', () =>
    expect(assignIssuedDirective(issued, { plan: { ...plan, status: 'superseded' }, recordedOn: '2021-01-20', former: NONE_GONE })).toEqual([]));
});
