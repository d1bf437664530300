import { conflict, requireLocalDate } from '@cpp/eventsourcing';
import { requireText } from '../guards';
import { requireVnd, vndText } from '../money/vnd';
import { RecordCommitment } from './commands';
import { BudgetLineEvent } from './events';
import { requireLine, requireNewEntry, requireNotSettled, requireSpendingUnit } from './line-rules';
import { BudgetLineState, uncommittedOf } from './state';

/** A commitment (cam kết chi) takes part of the allocation; never more than is left uncommitted, never before an allocation. */
export function decideRecordCommitment(command: RecordCommitment, state: BudgetLineState): BudgetLineEvent[] {
  const line = requireLine(state, command.lineId);
  requireSpendingUnit(line, command.requester, 'commit against it');
  requireNotSettled(line);
  const entryId = requireNewEntry(line, command.entryId);
  const amount = requireVnd(command.amount, 'amount');
  if (line.status !== 'allocated') throw conflict(`Budget line ${line.lineId} is ${line.status}: nothing may be committed before its estimate is allocated`);
  const balance = uncommittedOf(line);
  if (amount > balance)
    throw conflict(`Commitment ${amount} is above the ${balance} đồng left uncommitted on line ${line.lineId}`, {
      field: 'amount',
      balance: balance.toString(),
    });
  return [
    {
      type: 'CommitmentRecorded',
      data: {
        lineId: line.lineId,
        entryId,
        amount: vndText(amount),
        reference: requireText(command.reference, 'reference', 200),
        description: requireText(command.description, 'description'),
        committedOn: requireLocalDate(command.committedOn, 'committedOn'),
      },
    },
  ];
}
