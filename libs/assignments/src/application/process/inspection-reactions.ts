import { Injectable } from '@nestjs/common';
import { CommandContext, RecordedEvent } from '@cpp/eventsourcing';
import type { RecommendationFollowUpEvent } from '@cpp/inspections';
import { recommendationObligationId } from '../../domain/streams';
import { AssignmentWriter } from './assignment-writer';

/**
 * An inspection's recommendation (kiến nghị) is an obligation of the responsible agency:
 * its corrective action is the submission (on time or late against the deadline), its
 * closure after verification makes it done, and a reopening owes it again by a new date.
 */
@Injectable()
export class InspectionReactions {
  constructor(private readonly writer: AssignmentWriter) {}

  async react(recorded: RecordedEvent, context: CommandContext): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as RecommendationFollowUpEvent;
    const obligationId = recommendationObligationId(event.data.inspectionId, event.data.recommendationId);
    switch (event.type) {
      case 'RecommendationIssued': {
        const { inspectionId, recommendationId, responsibleAgencyId, correctiveAction, dueDate, issuedOn, issuingAgencyId } = event.data;
        await this.writer.openObligation(
          {
            obligationId,
            kind: 'recommendation',
            title: correctiveAction,
            source: { type: 'inspection', directiveId: null, documentNumber: null, documentSubject: null, sections: [], regimeId: null, taskId: null, inspectionId, recommendationId },
            period: null,
            assigneeAgencyId: responsibleAgencyId,
            recipientAgencyId: issuingAgencyId,
            dueDate,
          },
          issuedOn,
          context,
        );
        return;
      }
      case 'CorrectiveActionReported':
        await this.writer.obligation(
          { type: 'RecordCorrectiveAction', obligationId, agencyId: event.data.responsibleAgencyId, action: event.data.action, reportedOn: event.data.reportedOn, sourceEventId: recorded.id },
          context,
        );
        return;
      case 'RecommendationClosed':
        await this.writer.obligation({ type: 'FulfilObligation', obligationId, fulfilledOn: event.data.closedOn, basis: 'recommendation-closed', note: event.data.verification }, context);
        return;
      case 'RecommendationReopened':
        await this.writer.obligation({ type: 'ReopenObligation', obligationId, reopenedOn: event.data.reopenedOn, reason: event.data.reason, newDueDate: event.data.newDueDate }, context);
        return;
    }
  }
}
