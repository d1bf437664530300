import { Inject, Injectable } from '@nestjs/common';
import { asDomainEvent, EventStore, START } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { budgetLineDecider } from '../domain/budget-line/budget-line.decider';
import { BUDGET_LINE_EVENT_TYPES, BudgetLineEvent, FundDistributed } from '../domain/events';
import { BudgetLineState } from '../domain/budget-line/state';
import { DistributionView, lineViewOf, LineView } from './views';

const LINE_TYPES = new Set<string>(BUDGET_LINE_EVENT_TYPES);

export interface FundingSnapshot {
  lines: LineView[];
  distributions: DistributionView[];
}

/**
 * The ledger and the distributions as recorded up to an instant: the log folded through the
 * line decider's own `evolve`, so the figures are those the line itself decided on. It reads
 * the whole log; the read models answer every question about now.
 */
@Injectable()
export class FundingAsOfReplay {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async snapshot(instant: Date, pageSize = 2000): Promise<FundingSnapshot> {
    const until = instant.getTime();
    const lines = new Map<string, BudgetLineState>();
    const distributions: DistributionView[] = [];
    for (let after = START; ;) {
      const page = await this.store.readAll({ after, maxCount: pageSize });
      if (page.length === 0) break;
      after = page[page.length - 1].checkpoint;
      for (const recorded of page) {
        if (Date.parse(recorded.metadata.recordedAt) > until) continue;
        if (LINE_TYPES.has(recorded.type)) {
          const event = asDomainEvent<BudgetLineEvent>(recorded);
          lines.set(event.data.lineId, budgetLineDecider.evolve(lines.get(event.data.lineId) ?? budgetLineDecider.initialState(), event));
        } else if (recorded.type === 'FundDistributed') {
          const { data } = asDomainEvent<FundDistributed>(recorded);
          distributions.push({
            fundId: data.fundId,
            distributionId: data.distributionId,
            purpose: data.purpose,
            recipient: data.recipient,
            cash: BigInt(data.cashAmount ?? '0'),
            goodsValue: data.goods.reduce((total, goods) => total + BigInt(goods.value), 0n),
            goods: data.goods,
            distributedOn: data.distributedOn,
          });
        }
      }
    }
    return { lines: [...lines.values()].flatMap((state) => (state.status === 'none' ? [] : [lineViewOf(state)])), distributions };
  }
}
