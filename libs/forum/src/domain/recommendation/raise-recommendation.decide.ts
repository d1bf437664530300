import { actsFor, conflict, forbidden, requireIdentifier, requireLocalDate } from '@cpp/eventsourcing';
import { requireText } from '../vocabulary';
import { RaiseRecommendation } from './commands';
import { RecommendationEvent } from './events';
import { RecommendationState } from './state';

/** A recommendation has no child's name field at all: it is the group's, as the forum heard it. */
export function decideRaiseRecommendation(command: RaiseRecommendation, state: RecommendationState): RecommendationEvent[] {
  if (state.status !== 'none') throw conflict(`Recommendation ${command.recommendationId} was already raised`);
  requireIdentifier(command.recommendationId, 'recommendationId');
  if (!actsFor(command.requester, command.forum.organiserAgencyId))
    throw forbidden(`Only the organiser ${command.forum.organiserAgencyId} records the recommendations of forum ${command.forum.forumId}`);
  requireLocalDate(command.raisedOn, 'raisedOn');
  return [
    {
      type: 'RecommendationRaised',
      data: {
        recommendationId: command.recommendationId,
        forumId: command.forum.forumId,
        forumLevel: command.forum.level,
        organiserAgencyId: command.forum.organiserAgencyId,
        raisedBy: requireText(command.raisedBy, 'raisedBy'),
        theme: requireText(command.theme, 'theme'),
        text: requireText(command.text, 'text'),
        raisedOn: command.raisedOn,
      },
    },
  ];
}
