import { conflict, forbidden, invalid, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { answeringAgency } from './answering-agency';
import { ANSWER_DECISIONS, requireOneOf, requireText } from '../vocabulary';
import { AnswerRecommendation } from './commands';
import { RecommendationEvent } from './events';
import { RecommendationState } from './state';

/**
 * The agency it was forwarded to answers, once, in plain words; declining it in whole or in
 * part needs the reason, since children are owed one (Decree 56/2017 Art. 52).
 */
export function decideAnswerRecommendation(command: AnswerRecommendation, state: RecommendationState): RecommendationEvent[] {
  if (state.status === 'none') throw notFound(`No recommendation ${command.recommendationId}`);
  if (state.status === 'raised' || !state.responsibleAgencyId)
    throw conflict(`Recommendation ${state.recommendationId} has not been forwarded to an agency yet`);
  const answeringAgencyId = answeringAgency(command.requester, [state.responsibleAgencyId, ...command.successorAgencyIds]);
  if (!answeringAgencyId) throw forbidden(`Recommendation ${state.recommendationId} is for ${state.responsibleAgencyId} (or its successor) to answer`);
  if (state.status === 'answered') throw conflict(`Recommendation ${state.recommendationId} was already answered on ${state.answer!.answeredOn}`);
  const decision = requireOneOf(command.decision, ANSWER_DECISIONS, 'decision');
  requireLocalDate(command.answeredOn, 'answeredOn');
  if (command.answeredOn > command.today) throw invalid(`An answer cannot be dated ${command.answeredOn}, after today (${command.today})`);
  const reason = command.reason?.trim() || null;
  if (decision !== 'accepted' && !reason) throw invalid(`An answer that is ${decision} needs the reason`, { field: 'reason' });
  return [
    {
      type: 'RecommendationAnswered',
      data: {
        recommendationId: state.recommendationId,
        forumId: state.forumId,
        responsibleAgencyId: state.responsibleAgencyId,
        decision,
        answer: requireText(command.answer, 'answer'),
        reason,
        answeredOn: command.answeredOn,
        answeredBy: command.requester.subject,
        answeringAgencyId,
      },
    },
  ];
}
