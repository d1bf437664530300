import { conflict, requireLocalDate } from '@cpp/eventsourcing';
import { requireText } from '../guards';
import { requireVnd, vndText } from '../money/vnd';
import { AllocateBudget } from './commands';
import { BudgetLineEvent } from './events';
import { requireFinanceAgency, requireLine, requireNewEntry } from './line-rules';
import { BudgetLineState } from './state';

/**
 * Giao dự toán: the decided estimate assigned to the spending unit, at most the amount decided;
 * more comes only as a supplement with its own decision.
 */
export function decideAllocateBudget(command: AllocateBudget, state: BudgetLineState): BudgetLineEvent[] {
  const line = requireLine(state, command.lineId);
  requireFinanceAgency(line, command.requester, 'allocate it');
  if (line.status !== 'decided') throw conflict(`Budget line ${line.lineId} is ${line.status}; an estimate is allocated once, after the council decided it`);
  const entryId = requireNewEntry(line, command.entryId);
  const amount = requireVnd(command.amount, 'amount');
  if (amount > line.decided!)
    throw conflict(`Allocation ${amount} is above the ${line.decided} đồng the council decided for line ${line.lineId}; allocate more by a supplement`, {
      field: 'amount',
    });
  return [
    {
      type: 'BudgetAllocated',
      data: {
        lineId: line.lineId,
        entryId,
        amount: vndText(amount),
        decision: requireText(command.decision, 'decision', 200),
        allocatedOn: requireLocalDate(command.allocatedOn, 'allocatedOn'),
      },
    },
  ];
}
