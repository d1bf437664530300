import { conflict, requireLocalDate } from '@cpp/eventsourcing';
import { requireOneOf, requireText } from '../guards';
import { requireVnd, vndText } from '../money/vnd';
import { AdjustAllocation } from './commands';
import { BudgetLineEvent } from './events';
import { requireFinanceAgency, requireLine, requireNewEntry, requireNotSettled } from './line-rules';
import { BudgetLineState, spentOf } from './state';

/** A supplement (bổ sung) or a reduction (điều chỉnh giảm) of the allocation, each on its decision; a reduction never leaves less than is committed or spent. */
export function decideAdjustAllocation(command: AdjustAllocation, state: BudgetLineState): BudgetLineEvent[] {
  const line = requireLine(state, command.lineId);
  requireFinanceAgency(line, command.requester, 'adjust its allocation');
  requireNotSettled(line);
  if (line.status !== 'allocated') throw conflict(`Budget line ${line.lineId} is ${line.status}; only an allocation can be adjusted`);
  const entryId = requireNewEntry(line, command.entryId);
  const direction = requireOneOf(command.direction, ['supplement', 'reduction'] as const, 'direction');
  const amount = requireVnd(command.amount, 'amount');
  if (direction === 'reduction') {
    const used = spentOf(line) + line.carriedOver + line.cancelled;
    const floor = line.committed > used ? line.committed : used;
    if (line.allocated - amount < floor) {
      throw conflict(
        `Reducing line ${line.lineId} by ${amount} would leave ${line.allocated - amount} đồng, less than the ${floor} already committed, spent or closed`,
        { field: 'amount' },
      );
    }
  }
  return [
    {
      type: 'AllocationAdjusted',
      data: {
        lineId: line.lineId,
        entryId,
        direction,
        amount: vndText(amount),
        decision: requireText(command.decision, 'decision', 200),
        reason: requireText(command.reason, 'reason'),
        adjustedOn: requireLocalDate(command.adjustedOn, 'adjustedOn'),
      },
    },
  ];
}
