import { ObligationSpec } from '../obligation/commands';
import { openObligation } from './open-obligation.policy';
import { directory, merged, NONE_GONE } from './testing/former-agencies';

const spec: ObligationSpec = {
  obligationId: 'recommendation:tt-1/kn-1',
  kind: 'recommendation',
  title: 'Khắc phục',
  source: {
    type: 'inspection',
    directiveId: null,
    documentNumber: null,
    documentSubject: null,
    sections: [],
    regimeId: null,
    taskId: null,
    inspectionId: 'tt-1',
    recommendationId: 'kn-1',
  },
  period: null,
  assigneeAgencyId: 'a',
  recipientAgencyId: 'thanh-tra',
  dueDate: '2025-06-30',
};

describe('opening an obligation', () => {
  it('given an active assignee, then only OpenObligation', () =>
    expect(openObligation(spec, '2025-04-01', NONE_GONE)).toEqual([
      { aggregate: 'obligation', command: { type: 'OpenObligation', spec, openedOn: '2025-04-01' } },
    ]));
  it('given a merged assignee, then OpenObligation for the named agency, then ReassignObligation to its successor', () =>
    expect(
      openObligation(spec, '2025-04-01', directory(merged('a', 'b'))).map(({ command }) => [
        command.type,
        command.type === 'ReassignObligation' ? command.toAgencyId : null,
      ]),
    ).toEqual([
      ['OpenObligation', null],
      ['ReassignObligation', 'b'],
    ]));
});
