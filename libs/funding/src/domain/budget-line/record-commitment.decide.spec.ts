import { deciderSpec } from '@cpp/eventsourcing/testing';
import { budgetLineDecider } from './budget-line.decider';
import { allocatedLine, committed, consolidated, decided, LINE, proposed, stranger, unit } from './line.fixtures';

const spec = deciderSpec(budgetLineDecider);

describe('recording a commitment', () => {
  const command = {
    type: 'RecordCommitment' as const,
    lineId: LINE,
    requester: unit,
    entryId: 'hd-1',
    amount: '300000000',
    reference: 'HĐ 12/2026',
    description: 'In tài liệu tuyên truyền',
    committedOn: '2026-02-01',
  };

  it('takes part of the uncommitted allocation', () => {
    spec
      .given(allocatedLine)
      .when(command)
      .then([committed('300000000')]);
  });

  it('never above the allocated balance', () => {
    spec
      .given([...allocatedLine, committed('300000000')])
      .when({ ...command, entryId: 'hd-2', amount: '100000001' })
      .thenRefuses('CONFLICT', /above the 100000000 đồng left uncommitted/);
  });

  it('never without an estimate, nor before the allocation', () => {
    spec
      .given([])
      .when(command)
      .thenRefuses('NOT_FOUND', /without one/);
    spec
      .given([proposed, consolidated, decided])
      .when(command)
      .thenRefuses('CONFLICT', /before its estimate is allocated/);
  });

  it('by the spending unit, with a new entry id', () => {
    spec
      .given(allocatedLine)
      .when({ ...command, requester: stranger })
      .thenRefuses('FORBIDDEN');
    spec
      .given([...allocatedLine, committed('1000')])
      .when(command)
      .thenRefuses('CONFLICT', /never an edit/);
  });
});
