import { deciderSpec } from '@cpp/eventsourcing/testing';
import { budgetLineDecider } from './budget-line.decider';
import { LINE, propose, proposed, stranger } from './line.fixtures';

const spec = deciderSpec(budgetLineDecider);

describe('proposing an estimate', () => {
  it('records the line with its source, task and the version of its codes', () => {
    spec.given([]).when(propose()).then([proposed]);
    expect(proposed.data).toMatchObject({ lineId: LINE, amount: '500000000', classification: { version: 'mlns-2026' }, task: { section: 'II.5.b' } });
  });

  it('refuses a code the version does not have', () => {
    spec
      .given([])
      .when(propose({ classification: { version: 'mlns-2026', chapter: '424', function: '370-398', item: '7000-7012' } }))
      .thenRefuses('BAD_USER_INPUT', /no item 7000-7012/);
  });

  it('refuses the 2016 classification for a line of 2026, and an unknown version', () => {
    spec
      .given([])
      .when(propose({ classification: { version: 'mlns-2016', chapter: '424', function: '370-398', item: '7000-7049' } }))
      .thenRefuses('BAD_USER_INPUT', /2017–2025, not 2026/);
    spec
      .given([])
      .when(propose({ classification: { version: 'mlns-1999', chapter: '424', function: '370-398', item: '7000-7049' } }))
      .thenRefuses('BAD_USER_INPUT', /Unknown budget classification/);
  });

  it.each([['-1'], ['12.5'], ['1000000000000001'], ['abc']])('refuses the amount %p', (amount) => {
    spec.given([]).when(propose({ amount })).thenRefuses('BAD_USER_INPUT');
  });

  it('names the programme of a target-programme line and the donor of an aid line', () => {
    spec
      .given([])
      .when(propose({ source: { kind: 'target-programme', programme: null, donor: null } }))
      .thenRefuses('BAD_USER_INPUT', /names the programme/);
    spec
      .given([])
      .when(propose({ source: { kind: 'aid', programme: null, donor: ' ' } }))
      .thenRefuses('BAD_USER_INPUT', /names its donor/);
  });

  it('refuses a section the directive has no task in, and an unknown agency', () => {
    spec
      .given([])
      .when(propose({ task: { directiveId: 'kh-soc-trang-23-ct-ttg', section: 'IX.9' } }))
      .thenRefuses('BAD_USER_INPUT', /no task in section IX.9/);
    spec
      .given([])
      .when(propose({ treasuryAgencyId: 'kbnn-nowhere' }))
      .thenRefuses('BAD_USER_INPUT', /not a registered agency/);
  });

  it('is proposed by the spending unit itself, once', () => {
    spec
      .given([])
      .when(propose({ requester: stranger }))
      .thenRefuses('FORBIDDEN');
    spec
      .given([proposed])
      .when(propose())
      .thenRefuses('CONFLICT', /already proposed/);
  });

  it('a central line has no province', () => {
    spec
      .given([])
      .when(propose({ level: 'central' }))
      .thenRefuses('BAD_USER_INPUT', /central line has no province/);
  });
});
