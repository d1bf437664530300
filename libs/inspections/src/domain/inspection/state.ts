import { InspectionEvent } from '../events';
import { InspectionKind } from '../vocabulary';
import { FindingContent, InspectionTarget, TeamMember } from './events';

export interface FindingState extends FindingContent {
  targetId: string;
  criterionCode: string;
  observedOn: string;
  /** 0 when recorded, +1 per edit: an edit names the revision it read. */
  revision: number;
}

export type RecommendationStatus = 'open' | 'reported' | 'closed' | 'reopened';

export interface RecommendationState {
  responsibleAgencyId: string;
  status: RecommendationStatus;
  dueDate: string;
  /** When the current round began: issued, or reopened. */
  since: string;
  reportedOn: string | null;
  closedOn: string | null;
}

export type ConclusionStatus = 'none' | 'draft' | 'appraised' | 'issued';

export interface ActiveInspection {
  status: 'planned' | 'in-progress' | 'concluded';
  inspectionId: string;
  kind: InspectionKind;
  leadAgencyId: string;
  members: TeamMember[];
  targets: Record<string, InspectionTarget>;
  plannedOn: string;
  startedOn: string | null;
  findings: Record<string, FindingState>;
  /** In the order issued: the issued conclusion lists them so. */
  recommendations: Map<string, RecommendationState>;
  sanctionIds: string[];
  /** The summary is the last draft's: what the conclusion is issued with. */
  conclusion: { status: ConclusionStatus; summary: string; draftedOn: string | null; appraisedOn: string | null };
}

export type InspectionState = { status: 'none' } | ActiveInspection;

export const initialState = (): InspectionState => ({ status: 'none' });

export function evolve(state: InspectionState, event: InspectionEvent): InspectionState {
  if (event.type === 'InspectionPlanned') {
    const { inspectionId, kind, leadAgencyId, members, targets, plannedOn } = event.data;
    return {
      status: 'planned',
      inspectionId,
      kind,
      leadAgencyId,
      members,
      targets: Object.fromEntries(targets.map((target) => [target.targetId, target])),
      plannedOn,
      startedOn: null,
      findings: {},
      recommendations: new Map(),
      sanctionIds: [],
      conclusion: { status: 'none', summary: '', draftedOn: null, appraisedOn: null },
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'InspectionStarted':
      return { ...state, status: 'in-progress', startedOn: event.data.startedOn };
    case 'FindingRecorded': {
      const { inspectionId: _inspection, findingId, recordedBy: _by, ...finding } = event.data;
      return { ...state, findings: { ...state.findings, [findingId]: { ...finding, revision: 0 } } };
    }
    case 'FindingRevised': {
      const { inspectionId: _inspection, findingId, revisedBy: _by, ...content } = event.data;
      return { ...state, findings: { ...state.findings, [findingId]: { ...state.findings[findingId], ...content } } };
    }
    case 'RecommendationIssued': {
      const { recommendationId, responsibleAgencyId, dueDate, issuedOn } = event.data;
      const issued: RecommendationState = { responsibleAgencyId, status: 'open', dueDate, since: issuedOn, reportedOn: null, closedOn: null };
      return { ...state, recommendations: new Map(state.recommendations).set(recommendationId, issued) };
    }
    case 'CorrectiveActionReported':
      return changeRecommendation(state, event.data.recommendationId, { status: 'reported', reportedOn: event.data.reportedOn });
    case 'RecommendationClosed':
      return changeRecommendation(state, event.data.recommendationId, { status: 'closed', closedOn: event.data.closedOn });
    case 'RecommendationReopened':
      return changeRecommendation(state, event.data.recommendationId, {
        status: 'reopened',
        dueDate: event.data.newDueDate,
        since: event.data.reopenedOn,
        reportedOn: null,
        closedOn: null,
      });
    case 'SanctionRecorded':
      return { ...state, sanctionIds: [...state.sanctionIds, event.data.sanctionId] };
    case 'ConclusionDrafted':
      return { ...state, conclusion: { status: 'draft', summary: event.data.summary, draftedOn: event.data.draftedOn, appraisedOn: null } };
    case 'ConclusionAppraised':
      return { ...state, conclusion: { ...state.conclusion, status: 'appraised', appraisedOn: event.data.appraisedOn } };
    case 'ConclusionIssued':
      return { ...state, status: 'concluded', conclusion: { ...state.conclusion, status: 'issued' } };
  }
}

function changeRecommendation(state: ActiveInspection, recommendationId: string, change: Partial<RecommendationState>): ActiveInspection {
  const recommendation = state.recommendations.get(recommendationId);
  return recommendation ? { ...state, recommendations: new Map(state.recommendations).set(recommendationId, { ...recommendation, ...change }) } : state;
}
