import { CommandBus } from '@nestjs/cqrs';
import { ReportCorrectiveAction } from '@cpp/inspections';
import { InboundHandler } from '@cpp/messaging';
import { RecommendationLookup } from './recommendation-lookup';

/**
 * What the responsible agency did about an inspection's recommendation (kiến nghị). The
 * contract names the recommendation only; its inspection is found from the recommendations
 * the platform issued. The action is reported on the day the agency says it was completed.
 */
export const correctiveActionReported =
  (commands: CommandBus, recommendations: RecommendationLookup): InboundHandler<'correctiveActionReported'> =>
  async (payload, context) => {
    const inspectionId = await recommendations.inspectionOf(payload.recommendationId, context.agencyId);
    await commands.execute(
      new ReportCorrectiveAction(
        { inspectionId, recommendationId: payload.recommendationId, action: payload.action, reportedOn: payload.completedOn },
        { subject: context.command.actor, agencyId: context.agencyId },
        context.command,
        { eventId: context.eventId },
      ),
    );
  };
