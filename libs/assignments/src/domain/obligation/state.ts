import { ClosingOutcome, HandOverReason } from '../outcomes';
import { Figure, ObligationEvent, ObligationKind, ObligationSource, ReportingPeriod, SubmissionTimeliness } from './events';

export type ObligationStatus = 'open' | 'submitted' | 'done' | ClosingOutcome;

export interface Submission {
  submissionNumber: number;
  agencyId: string;
  timeliness: SubmissionTimeliness;
  submittedOn: string;
  dueDate: string;
  lateAgainstOriginal: boolean;
  figures: Figure[];
  note: string | null;
  corrections: Correction[];
  sourceEventId: string | null;
}

export interface Correction {
  agencyId: string | null;
  figures: Figure[];
  reason: string;
  correctedOn: string;
}

export interface DeadlineChange {
  kind: 'extension' | 'amendment' | 'reopening';
  previousDueDate: string;
  newDueDate: string;
  reason: string;
  /** The document that authorised it (extension) or amended it. */
  document: string | null;
  changedOn: string;
}

export interface Reassignment {
  fromAgencyId: string;
  toAgencyId: string;
  reason: HandOverReason;
  effectiveFrom: string;
  decision: string | null;
}

/** Everything an obligation was and is; plain data, so read models store it as it stands. */
export interface Obligation {
  status: ObligationStatus;
  obligationId: string;
  kind: ObligationKind;
  title: string;
  source: ObligationSource;
  period: ReportingPeriod | null;
  assigneeAgencyId: string;
  originalAssigneeAgencyId: string;
  recipientAgencyId: string | null;
  dueDate: string;
  originalDueDate: string;
  openedOn: string;
  submissions: Submission[];
  deadlineChanges: DeadlineChange[];
  reassignments: Reassignment[];
  /** Deadlines already recorded as missed, and deadlines already announced as approaching. */
  overdueDeadlines: string[];
  approachingDeadlines: string[];
  fulfilment: { fulfilledOn: string; onTime: boolean; lateAgainstOriginal: boolean; basis: string; note: string | null } | null;
  closure: { outcome: ClosingOutcome; effectiveFrom: string; reason: string } | null;
}

export type ObligationState = { status: 'none' } | Obligation;

export const initialState = (): ObligationState => ({ status: 'none' });

export function evolve(state: ObligationState, event: ObligationEvent): ObligationState {
  if (event.type === 'ObligationOpened') {
    const { openedOn, ...spec } = event.data;
    return {
      ...spec,
      status: 'open',
      originalAssigneeAgencyId: spec.assigneeAgencyId,
      originalDueDate: spec.dueDate,
      openedOn,
      submissions: [],
      deadlineChanges: [],
      reassignments: [],
      overdueDeadlines: [],
      approachingDeadlines: [],
      fulfilment: null,
      closure: null,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ReportSubmitted': {
      const { obligationId: _id, originalDueDate: _original, ...submission } = event.data;
      return { ...state, status: 'submitted', submissions: [...state.submissions, { ...submission, corrections: [] }] };
    }
    case 'FiguresCorrected': {
      const { submissionNumber, agencyId, corrections, reason, correctedOn } = event.data;
      return {
        ...state,
        submissions: state.submissions.map((s) =>
          s.submissionNumber === submissionNumber ? { ...s, corrections: [...s.corrections, { agencyId, figures: corrections, reason, correctedOn }] } : s,
        ),
      };
    }
    case 'DeadlineExtended': {
      const { previousDueDate, newDueDate, reason, authorisingDocument, extendedOn } = event.data;
      return {
        ...state,
        dueDate: newDueDate,
        deadlineChanges: [
          ...state.deadlineChanges,
          { kind: 'extension', previousDueDate, newDueDate, reason, document: authorisingDocument, changedOn: extendedOn },
        ],
      };
    }
    case 'DeadlineAmended': {
      const { previousDueDate, newDueDate, amendingDocument, amendedOn } = event.data;
      return {
        ...state,
        dueDate: newDueDate,
        deadlineChanges: [
          ...state.deadlineChanges,
          { kind: 'amendment', previousDueDate, newDueDate, reason: 'amended by the source document', document: amendingDocument, changedOn: amendedOn },
        ],
      };
    }
    case 'DeadlineApproaching':
      return { ...state, approachingDeadlines: [...state.approachingDeadlines, event.data.dueDate] };
    case 'ObligationOverdue':
      return { ...state, overdueDeadlines: [...state.overdueDeadlines, event.data.dueDate] };
    case 'ObligationReassigned': {
      const { fromAgencyId, toAgencyId, reason, effectiveFrom, decision } = event.data;
      return { ...state, assigneeAgencyId: toAgencyId, reassignments: [...state.reassignments, { fromAgencyId, toAgencyId, reason, effectiveFrom, decision }] };
    }
    case 'ObligationClosed': {
      const { outcome, effectiveFrom, reason } = event.data;
      return { ...state, status: outcome, closure: { outcome, effectiveFrom, reason } };
    }
    case 'ObligationFulfilled': {
      const { fulfilledOn, onTime, lateAgainstOriginal, basis, note } = event.data;
      return { ...state, status: 'done', fulfilment: { fulfilledOn, onTime, lateAgainstOriginal, basis, note } };
    }
    case 'ObligationReopened': {
      const { reopenedOn, reason, newDueDate } = event.data;
      return {
        ...state,
        status: 'open',
        dueDate: newDueDate,
        fulfilment: null,
        deadlineChanges: [
          ...state.deadlineChanges,
          { kind: 'reopening', previousDueDate: state.dueDate, newDueDate, reason, document: null, changedOn: reopenedOn },
        ],
      };
    }
  }
}
