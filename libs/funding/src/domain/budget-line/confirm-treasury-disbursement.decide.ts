import { conflict, requireLocalDate } from '@cpp/eventsourcing';
import { requireOneOf, requireText } from '../guards';
import { requireVnd, vndText } from '../money/vnd';
import { ConfirmTreasuryDisbursement } from './commands';
import { BudgetLineEvent } from './events';
import { requireLine, requireNewEntry, requireNotSettled, requireTreasury } from './line-rules';
import { BudgetLineState, unspentOf } from './state';

/**
 * What the State Treasury confirms it paid. A payment never goes above the unspent allocation;
 * an advance marked as such (tạm ứng, ứng trước dự toán) may, on a line with an estimate, and
 * is recovered from the allocation later. The Treasury's reference is applied once: the same
 * confirmation again changes nothing, a different one under the same reference is refused.
 */
export function decideConfirmTreasuryDisbursement(command: ConfirmTreasuryDisbursement, state: BudgetLineState): BudgetLineEvent[] {
  const line = requireLine(state, command.lineId);
  requireTreasury(line, command.requester);
  const kind = requireOneOf(command.kind, ['payment', 'advance'] as const, 'kind');
  const amount = requireVnd(command.amount, 'amount');
  const treasuryReference = requireText(command.treasuryReference, 'treasuryReference', 100);
  const applied = line.treasuryReferences[treasuryReference];
  if (applied) {
    const entry = line.entries[applied];
    if (entry && entry.kind === kind && entry.amount === amount) return [];
    throw conflict(`Treasury reference ${treasuryReference} was already applied to line ${line.lineId} with other figures`, { field: 'treasuryReference' });
  }
  requireNotSettled(line);
  const entryId = requireNewEntry(line, command.entryId);
  if (kind === 'payment') {
    if (line.status !== 'allocated')
      throw conflict(`Budget line ${line.lineId} is ${line.status}: a payment needs an allocation (only an advance marked as such may precede it)`);
    const balance = unspentOf(line);
    if (amount > balance)
      throw conflict(`Payment ${amount} is above the ${balance} đồng unspent on line ${line.lineId}`, { field: 'amount', balance: balance.toString() });
  }
  return [
    {
      type: 'TreasuryDisbursementConfirmed',
      data: {
        lineId: line.lineId,
        entryId,
        kind,
        amount: vndText(amount),
        treasuryReference,
        confirmedOn: requireLocalDate(command.confirmedOn, 'confirmedOn'),
      },
    },
  ];
}
