import { OutboundMappers } from '@cpp/messaging';
import { agencyMergedMapper } from './agency-merged.mapper';
import { allocationFacts, budgetAllocationMapper } from './budget-allocation.mapper';
import { deadlineApproachingMapper } from './deadline-approaching.mapper';
import { inspectionConcludedMapper } from './inspection-concluded.mapper';
import { obligationFacts } from './obligation-facts';
import { obligationOverdueMapper } from './obligation-overdue.mapper';
import { FactsLookup } from './public-facts';
import { recommendationIssuedMapper } from './recommendation-issued.mapper';
import { taskAssignedMapper } from './task-assigned.mapper';

/** The platform's public events and the contract each becomes on the public topic, keyed by the agency it concerns. */
export function publicEventMappers(): OutboundMappers {
  return new OutboundMappers()
    .register('TaskAssigned', taskAssignedMapper)
    .register('DeadlineApproaching', deadlineApproachingMapper)
    .register('ObligationOverdue', obligationOverdueMapper)
    .register('RecommendationIssued', recommendationIssuedMapper)
    .register('ConclusionIssued', inspectionConcludedMapper)
    .register('AgencyMergedInto', agencyMergedMapper)
    .register('BudgetAllocated', budgetAllocationMapper)
    .register('AllocationAdjusted', budgetAllocationMapper);
}

/** The facts those mappers need beyond their event's data. */
export const PUBLIC_FACTS: Record<string, FactsLookup<unknown>> = {
  DeadlineApproaching: obligationFacts,
  ObligationOverdue: obligationFacts,
  BudgetAllocated: allocationFacts,
  AllocationAdjusted: allocationFacts,
};
