import { ImplementationReported, RecommendationAnswered, RecommendationEvent, RecommendationRaised } from './events';

export type Recommendation = RecommendationRaised['data'] & {
  status: 'raised' | 'forwarded' | 'answered';
  responsibleAgencyId: string | null;
  dueDate: string | null;
  answer: RecommendationAnswered['data'] | null;
  implementation: ImplementationReported['data'][];
  escalatedTo: string | null;
};
export type RecommendationState = { status: 'none' } | Recommendation;

export const initialRecommendationState = (): RecommendationState => ({ status: 'none' });

export function evolveRecommendation(state: RecommendationState, event: RecommendationEvent): RecommendationState {
  if (event.type === 'RecommendationRaised')
    return { ...event.data, status: 'raised', responsibleAgencyId: null, dueDate: null, answer: null, implementation: [], escalatedTo: null };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'RecommendationForwarded':
      return { ...state, status: 'forwarded', responsibleAgencyId: event.data.responsibleAgencyId, dueDate: event.data.dueDate };
    case 'RecommendationAnswered':
      return { ...state, status: 'answered', answer: event.data };
    case 'ImplementationReported':
      return { ...state, implementation: [...state.implementation, event.data] };
    case 'RecommendationEscalated':
      return { ...state, escalatedTo: event.data.toForumId };
  }
}
