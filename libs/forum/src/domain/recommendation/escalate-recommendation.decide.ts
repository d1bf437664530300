import { actsFor, conflict, forbidden, invalid, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { levelRank } from '../vocabulary';
import { EscalateRecommendation } from './commands';
import { RecommendationEvent } from './events';
import { RecommendationState } from './state';

/** Carried to the next level's forum, the one this forum sends delegates to. */
export function decideEscalateRecommendation(command: EscalateRecommendation, state: RecommendationState): RecommendationEvent[] {
  if (state.status === 'none') throw notFound(`No recommendation ${command.recommendationId}`);
  if (!actsFor(command.requester, state.organiserAgencyId))
    throw forbidden(`Only the organiser ${state.organiserAgencyId} escalates the recommendations of forum ${state.forumId}`);
  if (state.escalatedTo) throw conflict(`Recommendation ${state.recommendationId} was already escalated to ${state.escalatedTo}`);
  if (!command.toForum) throw notFound('The forum to escalate to is not known');
  if (command.forum.parentForumId !== command.toForum.forumId)
    throw invalid(
      `Forum ${state.forumId} escalates to its next level's forum ${command.forum.parentForumId ?? '(none recorded)'}, not ${command.toForum.forumId}`,
    );
  if (levelRank(command.toForum.level) <= levelRank(state.forumLevel))
    throw invalid(`A ${state.forumLevel} forum's recommendation goes up a level, not to a ${command.toForum.level} forum`);
  requireLocalDate(command.escalatedOn, 'escalatedOn');
  return [
    {
      type: 'RecommendationEscalated',
      data: { recommendationId: state.recommendationId, forumId: state.forumId, toForumId: command.toForum.forumId, escalatedOn: command.escalatedOn },
    },
  ];
}
