import type { RecommendationFollowUpEvent } from '@cpp/inspections';
import { recommendationObligationId } from '../streams';
import { openObligation } from './open-obligation.policy';
import { ReactionCommand, toObligation } from './reaction-command';
import { FormerAgencies } from './succession.policy';

/**
 * An inspection's recommendation (kiến nghị) is an obligation of the responsible agency: its
 * corrective action is the submission (on time or late against the deadline), its closure
 * after verification makes it done, and a reopening owes it again by a new date.
 */
export function followRecommendation(event: RecommendationFollowUpEvent, facts: { eventId: string; former: FormerAgencies }): ReactionCommand[] {
  const obligationId = recommendationObligationId(event.data.inspectionId, event.data.recommendationId);
  switch (event.type) {
    case 'RecommendationIssued': {
      const { inspectionId, recommendationId, responsibleAgencyId, correctiveAction, dueDate, issuedOn, issuingAgencyId } = event.data;
      const source = {
        type: 'inspection' as const,
        directiveId: null,
        documentNumber: null,
        documentSubject: null,
        sections: [],
        regimeId: null,
        taskId: null,
        inspectionId,
        recommendationId,
      };
      const spec = {
        obligationId,
        kind: 'recommendation' as const,
        title: correctiveAction,
        source,
        period: null,
        assigneeAgencyId: responsibleAgencyId,
        recipientAgencyId: issuingAgencyId,
        dueDate,
      };
      return openObligation(spec, issuedOn, facts.former);
    }
    case 'CorrectiveActionReported': {
      const { responsibleAgencyId: agencyId, action, reportedOn } = event.data;
      return [toObligation({ type: 'RecordCorrectiveAction', obligationId, agencyId, action, reportedOn, sourceEventId: facts.eventId })];
    }
    case 'RecommendationClosed':
      return [
        toObligation({
          type: 'FulfilObligation',
          obligationId,
          fulfilledOn: event.data.closedOn,
          basis: 'recommendation-closed',
          note: event.data.verification,
        }),
      ];
    case 'RecommendationReopened':
      return [
        toObligation({
          type: 'ReopenObligation',
          obligationId,
          reopenedOn: event.data.reopenedOn,
          reason: event.data.reason,
          newDueDate: event.data.newDueDate,
        }),
      ];
  }
}
