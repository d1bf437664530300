import type { ForumPublishedEvent } from '@cpp/forum';
import { forumResponseObligationId } from '@cpp/forum';
import { openObligation } from './open-obligation.policy';
import { ReactionCommand, toObligation } from './reaction-command';
import { FormerAgencies } from './succession.policy';

/**
 * A children's forum's recommendation forwarded to an agency is that agency's response
 * obligation (Decree 56/2017 Art. 52), on the same read model as every other obligation and
 * overdue like any other; the agency's answer is its submission, on time or late. Whether
 * the answer is carried out is the forum's to follow, not a second deadline.
 */
export function forumResponsePolicy(event: ForumPublishedEvent, facts: { eventId: string; former: FormerAgencies }): ReactionCommand[] {
  const obligationId = forumResponseObligationId(event.data.recommendationId);
  switch (event.type) {
    case 'RecommendationForwarded': {
      const { recommendationId, summary, responsibleAgencyId, organiserAgencyId, dueDate, forwardedOn, forumId } = event.data;
      const source = {
        type: 'forum' as const,
        directiveId: null,
        documentNumber: null,
        documentSubject: forumId,
        sections: [],
        regimeId: null,
        taskId: null,
        inspectionId: null,
        recommendationId,
      };
      const spec = {
        obligationId,
        kind: 'forum-recommendation' as const,
        title: summary,
        source,
        period: null,
        assigneeAgencyId: responsibleAgencyId,
        recipientAgencyId: organiserAgencyId,
        dueDate,
      };
      return openObligation(spec, forwardedOn, facts.former);
    }
    case 'RecommendationAnswered':
      return [
        toObligation({
          type: 'RecordCorrectiveAction',
          obligationId,
          agencyId: event.data.answeringAgencyId,
          action: `${event.data.decision}: ${event.data.answer}`,
          reportedOn: event.data.answeredOn,
          sourceEventId: facts.eventId,
        }),
      ];
    case 'ImplementationReported':
      return [];
  }
}
