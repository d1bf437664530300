import { conflict, invalid, requireLocalDate } from '@cpp/eventsourcing';
import { requireText } from '../guards';
import { DiscloseFundUse } from './commands';
import { FundEvent } from './events';
import { requireFund, requireManager } from './fund-rules';
import { FundState } from './state';

const PERIOD = /^\d{4}(-Q[1-4])?$/;

/** Receipt and use made public for a year or a quarter, once each. */
export function decideDiscloseFundUse(command: DiscloseFundUse, state: FundState): FundEvent[] {
  const fund = requireFund(state, command.fundId);
  requireManager(fund, command.requester, 'publish its receipts and use');
  if (!PERIOD.test(command.period)) throw invalid(`period is a year (2026) or a quarter (2026-Q1), got "${command.period}"`, { field: 'period' });
  if (fund.disclosedPeriods.includes(command.period)) throw conflict(`Fund ${fund.fundId} already published ${command.period}`);
  return [
    {
      type: 'FundUseDisclosed',
      data: {
        fundId: fund.fundId,
        period: command.period,
        reference: requireText(command.reference, 'reference', 300),
        publishedOn: requireLocalDate(command.publishedOn, 'publishedOn'),
      },
    },
  ];
}
