import { conflict, requireLocalDate } from '@cpp/eventsourcing';
import { requireText } from '../guards';
import { requireVnd, vndText } from '../money/vnd';
import { CancelBalance } from './commands';
import { BudgetLineEvent } from './events';
import { requireFinanceAgency, requireLine, requireNewEntry, requireNotSettled } from './line-rules';
import { BudgetLineState, unspentOf } from './state';

/** Unspent allocation that is not carried over is cancelled (hủy dự toán); never more than is unspent. */
export function decideCancelBalance(command: CancelBalance, state: BudgetLineState): BudgetLineEvent[] {
  const line = requireLine(state, command.lineId);
  requireFinanceAgency(line, command.requester, 'cancel its balance');
  requireNotSettled(line);
  const entryId = requireNewEntry(line, command.entryId);
  const amount = requireVnd(command.amount, 'amount');
  const balance = unspentOf(line);
  if (amount > balance)
    throw conflict(`Cancellation ${amount} is above the ${balance} đồng unspent on line ${line.lineId}`, { field: 'amount', balance: balance.toString() });
  return [
    {
      type: 'BalanceCancelled',
      data: {
        lineId: line.lineId,
        entryId,
        amount: vndText(amount),
        reason: requireText(command.reason, 'reason'),
        cancelledOn: requireLocalDate(command.cancelledOn, 'cancelledOn'),
      },
    },
  ];
}
