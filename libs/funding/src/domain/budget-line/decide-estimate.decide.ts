import { conflict, requireLocalDate } from '@cpp/eventsourcing';
import { requireText } from '../guards';
import { requireVnd, vndText } from '../money/vnd';
import { DecideEstimate } from './commands';
import { BudgetLineEvent } from './events';
import { requireFinanceAgency, requireLine } from './line-rules';
import { BudgetLineState } from './state';

/** The People's Council's resolution on the budget, recorded by the finance agency with the amount it decided for the line. */
export function decideDecideEstimate(command: DecideEstimate, state: BudgetLineState): BudgetLineEvent[] {
  const line = requireLine(state, command.lineId);
  requireFinanceAgency(line, command.requester, "record the People's Council's decision");
  if (line.status !== 'consolidated') throw conflict(`Budget line ${line.lineId} is ${line.status}; the council decides a consolidated estimate`);
  return [
    {
      type: 'BudgetEstimateDecided',
      data: {
        lineId: line.lineId,
        amount: vndText(requireVnd(command.amount, 'amount')),
        resolution: requireText(command.resolution, 'resolution', 200),
        decidedOn: requireLocalDate(command.decidedOn, 'decidedOn'),
      },
    },
  ];
}
