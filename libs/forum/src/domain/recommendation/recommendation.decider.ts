import { Decider } from '@cpp/eventsourcing';
import { decideAnswerRecommendation } from './answer-recommendation.decide';
import { RecommendationCommand } from './commands';
import { decideEscalateRecommendation } from './escalate-recommendation.decide';
import { RecommendationEvent } from './events';
import { decideForwardRecommendation } from './forward-recommendation.decide';
import { decideRaiseRecommendation } from './raise-recommendation.decide';
import { decideReportImplementation } from './report-implementation.decide';
import { evolveRecommendation, initialRecommendationState, RecommendationState } from './state';

export const recommendationDecider: Decider<RecommendationCommand, RecommendationEvent, RecommendationState> = {
  initialState: initialRecommendationState,
  evolve: evolveRecommendation,
  decide(command, state) {
    switch (command.type) {
      case 'RaiseRecommendation':
        return decideRaiseRecommendation(command, state);
      case 'ForwardRecommendation':
        return decideForwardRecommendation(command, state);
      case 'AnswerRecommendation':
        return decideAnswerRecommendation(command, state);
      case 'ReportImplementation':
        return decideReportImplementation(command, state);
      case 'EscalateRecommendation':
        return decideEscalateRecommendation(command, state);
    }
  },
};
