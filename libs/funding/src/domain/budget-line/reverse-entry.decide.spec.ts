import { deciderSpec } from '@cpp/eventsourcing/testing';
import { budgetLineDecider } from './budget-line.decider';
import { allocatedLine, committed, disbursed, finance, LINE, treasury, unit } from './line.fixtures';

const spec = deciderSpec(budgetLineDecider);

describe('a correction is a reversing entry', () => {
  const reverse = { type: 'ReverseEntry' as const, lineId: LINE, entryId: 'dc-1', reason: 'Sai số tiền', treasuryReference: null, reversedOn: '2026-03-05' };

  it('reverses a commitment by a new entry; the original is kept, marked reversed', () => {
    spec
      .given([...allocatedLine, committed('300000000')])
      .when({ ...reverse, requester: unit, reversedEntryId: 'hd-1' })
      .then([
        {
          type: 'LedgerEntryReversed',
          data: {
            lineId: LINE,
            entryId: 'dc-1',
            reversedEntryId: 'hd-1',
            reversedKind: 'commitment',
            amount: '300000000',
            reason: 'Sai số tiền',
            treasuryReference: null,
            reversedOn: '2026-03-05',
          },
        },
      ]);
  });

  it('a payment is reversed by the Treasury, under its own reference', () => {
    const given = [...allocatedLine, disbursed('150000000')];
    spec
      .given(given)
      .when({ ...reverse, requester: unit, reversedEntryId: 'kb-1' })
      .thenRefuses('FORBIDDEN');
    spec
      .given(given)
      .when({ ...reverse, requester: treasury, reversedEntryId: 'kb-1' })
      .thenRefuses('BAD_USER_INPUT', /treasuryReference is required/);
    spec
      .given(given)
      .when({ ...reverse, requester: treasury, reversedEntryId: 'kb-1', treasuryReference: 'KB-2026-0001-DC' })
      .then([
        {
          type: 'LedgerEntryReversed',
          data: {
            lineId: LINE,
            entryId: 'dc-1',
            reversedEntryId: 'kb-1',
            reversedKind: 'payment',
            amount: '150000000',
            reason: 'Sai số tiền',
            treasuryReference: 'KB-2026-0001-DC',
            reversedOn: '2026-03-05',
          },
        },
      ]);
  });

  it('an entry is reversed once, and an unknown entry not at all', () => {
    const reversed = {
      type: 'LedgerEntryReversed' as const,
      data: {
        lineId: LINE,
        entryId: 'dc-1',
        reversedEntryId: 'hd-1',
        reversedKind: 'commitment' as const,
        amount: '300000000',
        reason: 'x',
        treasuryReference: null,
        reversedOn: '2026-03-05',
      },
    };
    spec
      .given([...allocatedLine, committed('300000000'), reversed])
      .when({ ...reverse, entryId: 'dc-2', requester: unit, reversedEntryId: 'hd-1' })
      .thenRefuses('CONFLICT', /already reversed/);
    spec
      .given(allocatedLine)
      .when({ ...reverse, requester: unit, reversedEntryId: 'hd-9' })
      .thenRefuses('NOT_FOUND');
  });

  it('reversing the allocation is refused while it is committed', () => {
    spec
      .given([...allocatedLine, committed('1000')])
      .when({ ...reverse, requester: finance, reversedEntryId: 'giao-1' })
      .thenRefuses('CONFLICT', /above its allocation/);
  });
});
