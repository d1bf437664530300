import { Injectable } from '@nestjs/common';
import { CommandContext, RecordedEvent } from '@cpp/eventsourcing';
import type { RecommendationFollowUpEvent } from '@cpp/inspections';
import { followRecommendation } from '../../domain/policies/recommendation.policy';
import { ReactionFacts } from './reaction-facts';
import { ReactionSender } from './reaction-sender';

/** Follows the inspections context's recommendations (kiến nghị). */
@Injectable()
export class InspectionReactions {
  constructor(
    private readonly facts: ReactionFacts,
    private readonly sender: ReactionSender,
  ) {}

  async react(recorded: RecordedEvent, context: CommandContext): Promise<void> {
    const event = { type: recorded.type, data: recorded.data } as RecommendationFollowUpEvent;
    await this.sender.send(followRecommendation(event, { eventId: recorded.id, former: await this.facts.formerAgencies() }), context);
  }
}
