import { CommandBus } from '@nestjs/cqrs';
import { ReportCorrectiveActionCommand } from '@cpp/inspections';
import { InboundHandler } from '@cpp/messaging';
import { RecommendationLookup } from './recommendation-lookup';

/**
 * What the responsible agency did about an inspection's recommendation (kiến nghị). The
 * contract names the recommendation only; its inspection is found from the recommendations
 * the platform issued. The action is reported on the day the agency says it was completed,
 * by the agency the sending system acts for (the command's default requester).
 */
export const correctiveActionReported =
  (commands: CommandBus, recommendations: RecommendationLookup): InboundHandler<'correctiveActionReported'> =>
  async (payload, context) => {
    const inspectionId = await recommendations.inspectionOf(payload.recommendationId, context.agencyId);
    await commands.execute(
      new ReportCorrectiveActionCommand(
        { inspectionId, recommendationId: payload.recommendationId, action: payload.action, reportedOn: payload.completedOn },
        context.command,
        undefined,
        { eventId: context.eventId },
      ),
    );
  };
