import { create } from '@bufbuild/protobuf';
import { ObligationOverdue } from '@cpp/assignments';
import { ObligationOverdueSchema, OutboundMapper } from '@cpp/messaging';
import { ObligationFacts, requireObligationFacts } from './obligation-facts';
import { WithFacts } from './public-facts';

export const obligationOverdueMapper: OutboundMapper<WithFacts<ObligationOverdue['data'], ObligationFacts>> = ({ data }) => {
  const facts = requireObligationFacts(data.facts, data.obligationId);
  return {
    agencyId: data.assigneeAgencyId,
    payload: {
      case: 'obligationOverdue',
      value: create(ObligationOverdueSchema, {
        obligationId: data.obligationId,
        taskId: facts.taskId ?? '',
        description: facts.description,
        dueDate: data.dueDate,
      }),
    },
  };
};
