import { closeDirective, closeDirectiveWork } from './directive-closed.policy';
import { plan, typesOf } from './testing/directive-facts';

describe('a directive superseded or revoked', () => {
  it('given DirectiveSuperseded, then the plan closes as superseded, naming its successor', () =>
    expect(
      closeDirective({ type: 'DirectiveSuperseded', data: { directiveId: 'kh-soc-trang', supersededByDirectiveId: 'kh-2', effectiveFrom: '2022-01-01' } }),
    ).toEqual({
      type: 'CloseDirectivePlan',
      directiveId: 'kh-soc-trang',
      outcome: 'superseded',
      effectiveFrom: '2022-01-01',
      reason: 'superseded by kh-2',
    }));

  it('given DirectiveRevoked, then the plan is cancelled with the revoking document and the reason', () =>
    expect(
      closeDirective({
        type: 'DirectiveRevoked',
        data: { directiveId: 'kh-soc-trang', effectiveFrom: '2022-01-01', reason: 'Sai thẩm quyền', revokingDocument: '9/QĐ-UBND' },
      }),
    ).toMatchObject({
      outcome: 'cancelled',
      reason: 'revoked by 9/QĐ-UBND: Sai thẩm quyền',
    }));

  it('given the closed plan, then every assignment closes with its cascade and every report obligation opened from it closes', () => {
    const closing = closeDirective({
      type: 'DirectiveSuperseded',
      data: { directiveId: 'kh-soc-trang', supersededByDirectiveId: 'kh-2', effectiveFrom: '2022-01-01' },
    });
    const lead = 'kh-soc-trang/1.a/so-ldtbxh-soc-trang';
    const commands = closeDirectiveWork(closing, { plan, cascades: new Map([[lead, [lead, `${lead}>ubnd-ke-sach`]]]) });
    expect(typesOf(commands)).toEqual([...Array(8).fill('CloseTask'), ...Array(8).fill('CloseObligation')]);
    expect(commands[1].command).toMatchObject({ type: 'CloseTask', taskId: `${lead}>ubnd-ke-sach`, outcome: 'superseded' });
  });
});
