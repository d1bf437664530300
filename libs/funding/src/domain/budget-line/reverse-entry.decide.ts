import { conflict, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { requireText } from '../guards';
import { vndText } from '../money/vnd';
import { ReverseEntry } from './commands';
import { BudgetLineEvent } from './events';
import { requireFinanceAgency, requireLine, requireNewEntry, requireNotSettled, requireSpendingUnit, requireTreasury } from './line-rules';
import { BudgetLineState, spentOf } from './state';

/**
 * A correction is a reversing entry: the original stays in the ledger, marked reversed, and a
 * new entry takes its effect back. Who may reverse is who made it: the finance agency its
 * allocations, the unit its commitments, the Treasury its payments (with its own reference).
 */
export function decideReverseEntry(command: ReverseEntry, state: BudgetLineState): BudgetLineEvent[] {
  const line = requireLine(state, command.lineId);
  requireNotSettled(line);
  const original = line.entries[command.reversedEntryId];
  if (!original) throw notFound(`Line ${line.lineId} has no entry ${command.reversedEntryId}`);
  let treasuryReference: string | null = null;
  if (original.kind === 'payment' || original.kind === 'advance') {
    requireTreasury(line, command.requester);
    treasuryReference = requireText(command.treasuryReference, 'treasuryReference', 100);
    if (line.treasuryReferences[treasuryReference])
      throw conflict(`Treasury reference ${treasuryReference} was already applied to line ${line.lineId}`, { field: 'treasuryReference' });
  } else if (original.kind === 'commitment') {
    requireSpendingUnit(line, command.requester, 'reverse its commitments');
  } else {
    requireFinanceAgency(line, command.requester, 'reverse its allocations');
  }
  if (original.reversed) throw conflict(`Entry ${command.reversedEntryId} is already reversed`);
  const entryId = requireNewEntry(line, command.entryId);
  if (original.kind === 'allocation' || original.kind === 'supplement') {
    const allocated = line.allocated - original.amount;
    const used = spentOf(line) + line.carriedOver + line.cancelled;
    if (allocated < line.committed || allocated < used)
      throw conflict(`Reversing ${command.reversedEntryId} would leave line ${line.lineId} committed or spent above its allocation`);
  }
  return [
    {
      type: 'LedgerEntryReversed',
      data: {
        lineId: line.lineId,
        entryId,
        reversedEntryId: command.reversedEntryId,
        reversedKind: original.kind,
        amount: vndText(original.amount),
        reason: requireText(command.reason, 'reason'),
        treasuryReference,
        reversedOn: requireLocalDate(command.reversedOn, 'reversedOn'),
      },
    },
  ];
}
