import { create } from '@bufbuild/protobuf';
import { AllocationAdjusted, BudgetAllocated, findBudgetLineFact } from '@cpp/funding';
import { AllocationChange, BudgetAllocationPublishedSchema, OutboundMapper } from '@cpp/messaging';
import { FactsLookup, WithFacts } from './public-facts';

/** The spending unit the allocation is addressed to: a line's unit never changes. */
export interface AllocationFacts {
  agencyId: string;
}

export const allocationFacts: FactsLookup<AllocationFacts> = async (store, event) => {
  const line = await findBudgetLineFact(store, (event.data as { lineId: string }).lineId);
  return line ? { agencyId: line.agencyId } : null;
};

/** Giao dự toán, a supplement or a reduction, told to the spending unit's own system. */
export const budgetAllocationMapper: OutboundMapper<WithFacts<BudgetAllocated['data'] | AllocationAdjusted['data'], AllocationFacts>> = ({ data }) => {
  if (!data.facts) throw new Error(`Budget line ${data.lineId} was allocated without being proposed`);
  const adjusted = 'direction' in data;
  return {
    agencyId: data.facts.agencyId,
    payload: {
      case: 'budgetAllocationPublished',
      value: create(BudgetAllocationPublishedSchema, {
        lineId: data.lineId,
        entryId: data.entryId,
        change: !adjusted ? AllocationChange.ALLOCATED : data.direction === 'supplement' ? AllocationChange.SUPPLEMENT : AllocationChange.REDUCTION,
        amountVnd: data.amount,
        decision: data.decision,
        effectiveOn: adjusted ? data.adjustedOn : data.allocatedOn,
      }),
    },
  };
};
