import { deciderSpec } from '@cpp/eventsourcing/testing';
import { budgetLineDecider } from './budget-line.decider';
import { allocatedLine, disbursed, LINE, proposed, treasury, unit } from './line.fixtures';

const spec = deciderSpec(budgetLineDecider);

describe('a disbursement confirmed by the State Treasury', () => {
  const command = {
    type: 'ConfirmTreasuryDisbursement' as const,
    lineId: LINE,
    requester: treasury,
    entryId: 'kb-1',
    kind: 'payment',
    amount: '150000000',
    treasuryReference: 'KB-2026-0001',
    confirmedOn: '2026-03-01',
  };

  it('records the payment with the Treasury reference', () => {
    spec
      .given(allocatedLine)
      .when(command)
      .then([disbursed('150000000')]);
  });

  it('a redelivered confirmation is applied once; the same reference with other figures is refused', () => {
    spec
      .given([...allocatedLine, disbursed('150000000')])
      .when({ ...command, entryId: 'kb-1-again' })
      .then([]);
    spec
      .given([...allocatedLine, disbursed('150000000')])
      .when({ ...command, entryId: 'kb-2', amount: '1' })
      .thenRefuses('CONFLICT', /other figures/);
  });

  it('a payment never goes above the unspent allocation', () => {
    spec
      .given([...allocatedLine, disbursed('350000000')])
      .when({ ...command, entryId: 'kb-2', treasuryReference: 'KB-2026-0002', amount: '50000001' })
      .thenRefuses('CONFLICT', /above the 50000000 đồng unspent/);
  });

  it('an advance marked as such may precede the allocation and exceed it', () => {
    spec
      .given([proposed])
      .when({ ...command, kind: 'advance', amount: '600000000' })
      .then([disbursed('600000000', 'advance')]);
    spec
      .given([proposed])
      .when(command)
      .thenRefuses('CONFLICT', /only an advance marked as such/);
  });

  it('comes only from the Treasury: the platform never originates a payment', () => {
    spec
      .given(allocatedLine)
      .when({ ...command, requester: unit })
      .thenRefuses('FORBIDDEN', /never originates/);
    spec
      .given(allocatedLine)
      .when({ ...command, requester: { subject: null, agencyId: null, roles: ['integration'] } })
      .then([disbursed('150000000')]);
  });

  it('refuses a negative, fractional or overflowing amount', () => {
    for (const amount of ['-150000000', '0.5', '2000000000000000'])
      spec
        .given(allocatedLine)
        .when({ ...command, amount })
        .thenRefuses('BAD_USER_INPUT');
  });
});
