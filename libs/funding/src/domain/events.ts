/** Every event of the funding context: budget lines and funds. */
import { BUDGET_LINE_EVENT_TYPES, BudgetLineEvent } from './budget-line/events';
import { FUND_EVENT_TYPES, FundEvent } from './fund/events';

export * from './budget-line/events';
export * from './fund/events';

export type FundingEvent = BudgetLineEvent | FundEvent;

export const FUNDING_EVENT_TYPES = [...BUDGET_LINE_EVENT_TYPES, ...FUND_EVENT_TYPES] as const;
