import { conflict, requireLocalDate } from '@cpp/eventsourcing';
import { requireText } from '../guards';
import { requireVnd, vndText } from '../money/vnd';
import { CarryOverBalance } from './commands';
import { BudgetLineEvent } from './events';
import { requireFinanceAgency, requireLine, requireNewEntry, requireNotSettled } from './line-rules';
import { BudgetLineState, unspentOf } from './state';

/** At year end unspent allocation may move to the next year (chuyển nguồn) only on a stated legal ground, and only what is unspent. */
export function decideCarryOverBalance(command: CarryOverBalance, state: BudgetLineState): BudgetLineEvent[] {
  const line = requireLine(state, command.lineId);
  requireFinanceAgency(line, command.requester, 'carry its balance over');
  requireNotSettled(line);
  const entryId = requireNewEntry(line, command.entryId);
  const amount = requireVnd(command.amount, 'amount');
  const balance = unspentOf(line);
  if (amount > balance)
    throw conflict(`Carry-over ${amount} is above the ${balance} đồng unspent on line ${line.lineId}`, { field: 'amount', balance: balance.toString() });
  const carriedOn = requireLocalDate(command.carriedOn, 'carriedOn');
  if (carriedOn < `${line.fiscalYear}-12-01`)
    throw conflict(`A balance of fiscal year ${line.fiscalYear} is carried over at its end, not on ${carriedOn}`, { field: 'carriedOn' });
  return [
    {
      type: 'BalanceCarriedOver',
      data: {
        lineId: line.lineId,
        entryId,
        amount: vndText(amount),
        toFiscalYear: line.fiscalYear + 1,
        legalGround: requireText(command.legalGround, 'legalGround'),
        carriedOn,
      },
    },
  ];
}
