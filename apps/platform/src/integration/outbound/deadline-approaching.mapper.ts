import { create } from '@bufbuild/protobuf';
import { DeadlineApproaching } from '@cpp/assignments';
import { DeadlineApproachingSchema, OutboundMapper } from '@cpp/messaging';
import { ObligationFacts, requireObligationFacts } from './obligation-facts';
import { WithFacts } from './public-facts';

export const deadlineApproachingMapper: OutboundMapper<WithFacts<DeadlineApproaching['data'], ObligationFacts>> = ({ data }) => {
  const facts = requireObligationFacts(data.facts, data.obligationId);
  return {
    agencyId: data.assigneeAgencyId,
    payload: {
      case: 'deadlineApproaching',
      value: create(DeadlineApproachingSchema, {
        obligationId: data.obligationId,
        taskId: facts.taskId ?? '',
        description: facts.description,
        dueDate: data.dueDate,
        daysRemaining: data.daysLeft,
      }),
    },
  };
};
