import { conflict, requireLocalDate } from '@cpp/eventsourcing';
import { requireVnd, vndText } from '../money/vnd';
import { ConsolidateEstimate } from './commands';
import { BudgetLineEvent } from './events';
import { requireFinanceAgency, requireLine } from './line-rules';
import { BudgetLineState } from './state';

/** The finance agency takes the proposal into the budget it submits (tổng hợp), at the amount it can balance. */
export function decideConsolidateEstimate(command: ConsolidateEstimate, state: BudgetLineState): BudgetLineEvent[] {
  const line = requireLine(state, command.lineId);
  requireFinanceAgency(line, command.requester, 'consolidate its estimate');
  if (line.status !== 'proposed') throw conflict(`Budget line ${line.lineId} is ${line.status}; only a proposed estimate is consolidated`);
  return [
    {
      type: 'BudgetEstimateConsolidated',
      data: {
        lineId: line.lineId,
        amount: vndText(requireVnd(command.amount, 'amount')),
        consolidatedOn: requireLocalDate(command.consolidatedOn, 'consolidatedOn'),
      },
    },
  ];
}
