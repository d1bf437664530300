import { conflict, invalid, requireLocalDate } from '@cpp/eventsourcing';
import { requireText } from '../guards';
import { requireVnd, vndText } from '../money/vnd';
import { ApproveSettlement } from './commands';
import { BudgetLineEvent } from './events';
import { requireFinanceAgency, requireLine, requireNotSettled } from './line-rules';
import { BudgetLineState, spentOf, unspentOf } from './state';

/**
 * The settlement (quyết toán) closes the line: every đồng of the allocation is spent, carried
 * over or cancelled, no advance is left to recover, and the settled amount is what was paid.
 */
export function decideApproveSettlement(command: ApproveSettlement, state: BudgetLineState): BudgetLineEvent[] {
  const line = requireLine(state, command.lineId);
  requireFinanceAgency(line, command.requester, 'approve its settlement');
  requireNotSettled(line);
  if (line.status !== 'allocated') throw conflict(`Budget line ${line.lineId} is ${line.status}; only an allocated line is settled`);
  const unspent = unspentOf(line);
  if (unspent !== 0n) throw conflict(`Line ${line.lineId} still has ${unspent} đồng neither spent, carried over nor cancelled`);
  if (line.advanced !== 0n) throw conflict(`Line ${line.lineId} has ${line.advanced} đồng of advances not yet recovered as payments`);
  const settled = command.settledAmount.trim() === '0' ? 0n : requireVnd(command.settledAmount, 'settledAmount');
  if (settled !== spentOf(line))
    throw invalid(`The settlement of line ${line.lineId} is the ${spentOf(line)} đồng the Treasury paid, not ${settled}`, { field: 'settledAmount' });
  return [
    {
      type: 'SettlementApproved',
      data: {
        lineId: line.lineId,
        settledAmount: vndText(settled),
        decision: requireText(command.decision, 'decision', 200),
        approvedOn: requireLocalDate(command.approvedOn, 'approvedOn'),
      },
    },
  ];
}
