import { EventStore, loadState } from '@cpp/eventsourcing';
import { budgetLineStream } from '../streams';
import { BudgetLevel } from '../vocabulary';
import { budgetLineDecider } from './budget-line.decider';
import { FundedTask } from './events';
import { unspentOf } from './state';

/**
 * What another context may know of a budget line besides its published events: who owes what
 * on it (the spending unit, the finance agency), for which year and level, and what is left.
 * Amounts are decimal strings.
 */
export interface BudgetLineFact {
  lineId: string;
  fiscalYear: number;
  level: BudgetLevel;
  agencyId: string;
  financeAgencyId: string;
  task: FundedTask | null;
  unspent: string;
}

export async function findBudgetLineFact(store: EventStore, lineId: string): Promise<BudgetLineFact | null> {
  const { state } = await loadState(store, budgetLineDecider, budgetLineStream(lineId));
  if (state.status === 'none') return null;
  const { fiscalYear, level, agencyId, financeAgencyId, task } = state;
  return { lineId, fiscalYear, level, agencyId, financeAgencyId, task, unspent: unspentOf(state).toString() };
}
