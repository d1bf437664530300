import { actsFor, conflict, forbidden, invalid, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { ForwardRecommendation } from './commands';
import { RecommendationEvent } from './events';
import { RecommendationState } from './state';

/** The agency owes an answer within the forum's response period (60 days unless the forum set another). */
export function decideForwardRecommendation(command: ForwardRecommendation, state: RecommendationState): RecommendationEvent[] {
  if (state.status === 'none') throw notFound(`No recommendation ${command.recommendationId}`);
  if (!actsFor(command.requester, state.organiserAgencyId))
    throw forbidden(`Only the organiser ${state.organiserAgencyId} forwards the recommendations of forum ${state.forumId}`);
  if (state.status !== 'raised') throw conflict(`Recommendation ${state.recommendationId} was already forwarded to ${state.responsibleAgencyId}`);
  if (!command.responsibleAgency) throw notFound('The responsible agency is not known');
  if (command.responsibleAgency.status !== 'active')
    throw conflict(`Agency ${command.responsibleAgency.agencyId} is ${command.responsibleAgency.status}; forward to its successor`);
  requireLocalDate(command.forwardedOn, 'forwardedOn');
  if (command.forwardedOn < state.raisedOn) throw invalid(`A recommendation raised on ${state.raisedOn} cannot be forwarded before it`);
  return [
    {
      type: 'RecommendationForwarded',
      data: {
        recommendationId: state.recommendationId,
        forumId: state.forumId,
        organiserAgencyId: state.organiserAgencyId,
        responsibleAgencyId: command.responsibleAgency.agencyId,
        summary: command.summary?.trim() || state.text,
        forwardedOn: command.forwardedOn,
        dueDate: addDays(command.forwardedOn, command.forum.responseDays),
      },
    },
  ];
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
