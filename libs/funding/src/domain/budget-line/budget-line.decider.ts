import { Decider } from '@cpp/eventsourcing';
import { decideAdjustAllocation } from './adjust-allocation.decide';
import { decideAllocateBudget } from './allocate-budget.decide';
import { decideApproveSettlement } from './approve-settlement.decide';
import { decideCancelBalance } from './cancel-balance.decide';
import { decideCarryOverBalance } from './carry-over-balance.decide';
import { BudgetLineCommand } from './commands';
import { decideConfirmTreasuryDisbursement } from './confirm-treasury-disbursement.decide';
import { decideConsolidateEstimate } from './consolidate-estimate.decide';
import { decideDecideEstimate } from './decide-estimate.decide';
import { BudgetLineEvent } from './events';
import { decideProposeEstimate } from './propose-estimate.decide';
import { decidePublishDisclosure } from './publish-disclosure.decide';
import { decideRecordCommitment } from './record-commitment.decide';
import { decideReverseEntry } from './reverse-entry.decide';
import { BudgetLineState, evolveBudgetLine, initialBudgetLineState } from './state';

/**
 * One budget line of one unit for one fiscal year. Its balances are facts of the line itself,
 * so every entry is decided against every earlier one on the same stream.
 */
export const budgetLineDecider: Decider<BudgetLineCommand, BudgetLineEvent, BudgetLineState> = {
  initialState: initialBudgetLineState,
  evolve: evolveBudgetLine,
  decide(command, state) {
    switch (command.type) {
      case 'ProposeEstimate':
        return decideProposeEstimate(command, state);
      case 'ConsolidateEstimate':
        return decideConsolidateEstimate(command, state);
      case 'DecideEstimate':
        return decideDecideEstimate(command, state);
      case 'AllocateBudget':
        return decideAllocateBudget(command, state);
      case 'AdjustAllocation':
        return decideAdjustAllocation(command, state);
      case 'RecordCommitment':
        return decideRecordCommitment(command, state);
      case 'ConfirmTreasuryDisbursement':
        return decideConfirmTreasuryDisbursement(command, state);
      case 'ReverseEntry':
        return decideReverseEntry(command, state);
      case 'CarryOverBalance':
        return decideCarryOverBalance(command, state);
      case 'CancelBalance':
        return decideCancelBalance(command, state);
      case 'ApproveSettlement':
        return decideApproveSettlement(command, state);
      case 'PublishDisclosure':
        return decidePublishDisclosure(command, state);
    }
  },
};
