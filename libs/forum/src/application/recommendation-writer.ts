import { CommandContext, EventStore, handleCommand, WriteOutcome, writeOutcome } from '@cpp/eventsourcing';
import { RecommendationCommand } from '../domain/recommendation/commands';
import { recommendationDecider } from '../domain/recommendation/recommendation.decider';
import { forumRecommendationStream } from '../domain/streams';
import { Forum } from '../domain/forum/state';

export async function decideOnRecommendation(store: EventStore, command: RecommendationCommand, context: CommandContext): Promise<WriteOutcome[]> {
  const stream = forumRecommendationStream(command.recommendationId);
  return [writeOutcome(stream, await handleCommand(store, recommendationDecider, stream, command, context))];
}

export const forumFactsOf = (forum: Forum) => ({
  forumId: forum.forumId,
  level: forum.level,
  organiserAgencyId: forum.organiserAgencyId,
  responseDays: forum.responseDays,
});
