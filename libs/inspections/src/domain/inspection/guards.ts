import { conflict, forbidden, invalid, notFound, Requester, requireLocalDate } from '@cpp/eventsourcing';
import { TeamMember } from './events';
import { ActiveInspection, InspectionState, RecommendationState } from './state';

export function requireInspection(state: InspectionState, inspectionId: string): ActiveInspection {
  if (state.status === 'none') throw notFound(`Inspection ${inspectionId} is not planned`);
  return state;
}

export function teamMemberOf(state: ActiveInspection, by: Requester): TeamMember | undefined {
  return by.subject === null ? undefined : state.members.find((member) => member.subject === by.subject);
}

/** Only the team named in the plan speaks for the inspection: the member who acts is recorded by subject. */
export function requireTeamMember(state: ActiveInspection, by: Requester, action: string): TeamMember {
  const member = teamMemberOf(state, by);
  if (!member) throw forbidden(`Only members of inspection ${state.inspectionId}'s team may ${action}`);
  return member;
}

/** Facts of one inspection follow each other in time: a later step dated before an earlier one is a typo. */
export function requireNotBefore(date: string, field: string, earliest: string, earlierStep: string): void {
  requireLocalDate(date, field);
  if (date < earliest) throw invalid(`${field} ${date} is before ${earlierStep} (${earliest})`, { field });
}

/** Findings and recommendations are open from the visit until the conclusion is appraised. */
export function requireFieldworkOpen(state: ActiveInspection, action: string): string {
  if (state.status === 'planned' || state.startedOn === null) throw conflict(`Inspection ${state.inspectionId} has not started; cannot ${action}`);
  if (state.conclusion.status === 'appraised' || state.conclusion.status === 'issued') {
    throw conflict(`The conclusion of inspection ${state.inspectionId} is already ${state.conclusion.status}; cannot ${action}`);
  }
  return state.startedOn;
}

export function requireRecommendation(inspection: ActiveInspection, recommendationId: string): RecommendationState {
  const recommendation = inspection.recommendations.get(recommendationId);
  if (!recommendation) throw notFound(`Recommendation ${recommendationId} is not issued by inspection ${inspection.inspectionId}`);
  return recommendation;
}
