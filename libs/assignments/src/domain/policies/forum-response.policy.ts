import type { ForumPublishedEvent } from '@cpp/forum';
import { forumResponseObligationId } from '@cpp/forum';
import { ObligationCommand } from '../obligation/obligation.decider';

/**
 * A children's forum's recommendation forwarded to an agency is that agency's response
 * obligation (Decree 56/2017 Art. 52), on the same read model as every other obligation and
 * overdue like any other; the agency's answer is its submission, on time or late. Whether
 * the answer is carried out is the forum's to follow, not a second deadline.
 */
export function forumResponsePolicy(event: ForumPublishedEvent, eventId: string): ObligationCommand[] {
  const obligationId = forumResponseObligationId(event.data.recommendationId);
  switch (event.type) {
    case 'RecommendationForwarded': {
      const { recommendationId, summary, responsibleAgencyId, organiserAgencyId, dueDate, forwardedOn, forumId } = event.data;
      return [
        {
          type: 'OpenObligation',
          spec: {
            obligationId,
            kind: 'forum-recommendation',
            title: summary,
            source: { type: 'forum', directiveId: null, documentNumber: null, documentSubject: forumId, sections: [], regimeId: null, taskId: null, inspectionId: null, recommendationId },
            period: null,
            assigneeAgencyId: responsibleAgencyId,
            recipientAgencyId: organiserAgencyId,
            dueDate,
          },
          openedOn: forwardedOn,
        },
      ];
    }
    case 'RecommendationAnswered':
      return [{ type: 'RecordCorrectiveAction', obligationId, agencyId: event.data.answeringAgencyId, action: `${event.data.decision}: ${event.data.answer}`, reportedOn: event.data.answeredOn, sourceEventId: eventId }];
    case 'ImplementationReported':
      return [];
  }
}
