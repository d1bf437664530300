import { conflict, Decider, forbidden, invalid, notFound } from '@cpp/eventsourcing';
import { daysBetween, requireLocalDate } from '../dates';
import {
  ClosingOutcome,
  Figure,
  HandOverReason,
  ObligationEvent,
  ObligationKind,
  ObligationOpened,
  ObligationSource,
  ReportingPeriod,
  SubmissionTimeliness,
} from '../events';
import { actsFor, hasRole, Requester } from '../requester';

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

export type ObligationSpec = Omit<ObligationOpened['data'], 'openedOn'>;

export type ObligationCommand =
  | { type: 'OpenObligation'; spec: ObligationSpec; openedOn: string }
  | { type: 'SubmitReport'; obligationId: string; requester: Requester; figures: Figure[]; note: string | null; submittedOn: string; today: string }
  | { type: 'RecordCorrectiveAction'; obligationId: string; agencyId: string; action: string; reportedOn: string; sourceEventId: string }
  | { type: 'CorrectFigures'; obligationId: string; requester: Requester; submissionNumber: number | null; corrections: Figure[]; reason: string; correctedOn: string }
  | { type: 'ExtendDeadline'; obligationId: string; requester: Requester; newDueDate: string; reason: string; authorisingDocument: string; extendedOn: string }
  | { type: 'AmendDeadline'; obligationId: string; newDueDate: string; amendingDocument: string | null; amendedOn: string }
  | { type: 'MarkObligationOverdue'; obligationId: string; today: string }
  | { type: 'RecordDeadlineApproaching'; obligationId: string; today: string; windowDays: number }
  | { type: 'ReassignObligation'; obligationId: string; fromAgencyId: string; toAgencyId: string; reason: HandOverReason; effectiveFrom: string; decision: string | null }
  | { type: 'CloseObligation'; obligationId: string; outcome: ClosingOutcome; effectiveFrom: string; reason: string }
  | { type: 'FulfilObligation'; obligationId: string; fulfilledOn: string; basis: 'task-completed' | 'recommendation-closed'; note: string | null }
  | { type: 'ReopenObligation'; obligationId: string; reopenedOn: string; reason: string; newDueDate: string };

export const obligationDecider: Decider<ObligationCommand, ObligationEvent, ObligationState> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
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
        return { ...state, dueDate: newDueDate, deadlineChanges: [...state.deadlineChanges, { kind: 'extension', previousDueDate, newDueDate, reason, document: authorisingDocument, changedOn: extendedOn }] };
      }
      case 'DeadlineAmended': {
        const { previousDueDate, newDueDate, amendingDocument, amendedOn } = event.data;
        return {
          ...state,
          dueDate: newDueDate,
          deadlineChanges: [...state.deadlineChanges, { kind: 'amendment', previousDueDate, newDueDate, reason: 'amended by the source document', document: amendingDocument, changedOn: amendedOn }],
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
          deadlineChanges: [...state.deadlineChanges, { kind: 'reopening', previousDueDate: state.dueDate, newDueDate, reason, document: null, changedOn: reopenedOn }],
        };
      }
    }
  },

  decide(command, state) {
    if (command.type === 'OpenObligation') return open(command, state);
    if (state.status === 'none') {
      if (USER_COMMANDS.has(command.type) || command.type === 'MarkObligationOverdue' || command.type === 'RecordDeadlineApproaching') {
        throw notFound(`No obligation ${command.obligationId}`);
      }
      // Process managers follow other contexts' facts; one about an obligation never opened changes nothing.
      return [];
    }
    const obligation = state;
    const { obligationId } = obligation;
    switch (command.type) {
      case 'SubmitReport': {
        if (!actsFor(command.requester, obligation.assigneeAgencyId)) throw forbidden(`Obligation ${obligationId} is owed by ${obligation.assigneeAgencyId}; only that agency (or the steering committee) may submit it`);
        if (obligation.kind === 'task') throw invalid(`Obligation ${obligationId} is a task's deadline: it is met by completing the task`);
        if (obligation.kind === 'recommendation') throw invalid(`Obligation ${obligationId} is an inspection's recommendation: corrective actions are reported to the inspection`);
        if (obligation.kind === 'forum-recommendation') throw invalid(`Obligation ${obligationId} is a children's forum's recommendation: it is answered to the forum`);
        requireStillOwed(obligation);
        requireLocalDate(command.submittedOn, 'submittedOn');
        if (command.submittedOn > command.today) throw invalid(`A report cannot be submitted on ${command.submittedOn}, after today (${command.today})`);
        if (command.submittedOn < command.today && !hasRole(command.requester, 'steering-committee') && !hasRole(command.requester, 'org-admin')) {
          throw forbidden('Only the steering committee may record a report received on paper before today');
        }
        const figures = validFigures(command.figures, 'figures');
        const note = command.note?.trim() || null;
        if (figures.length === 0 && !note) throw invalid('A report needs figures or a note');
        return [submitted(obligation, obligation.assigneeAgencyId, command.submittedOn, figures, note, null)];
      }
      case 'RecordCorrectiveAction': {
        if (obligation.status === 'done' || isClosed(obligation)) return [];
        if (obligation.submissions.some((s) => s.sourceEventId === command.sourceEventId)) return [];
        return [submitted(obligation, command.agencyId, command.reportedOn, [], command.action, command.sourceEventId)];
      }
      case 'CorrectFigures': {
        if (!actsFor(command.requester, obligation.assigneeAgencyId)) throw forbidden(`Only ${obligation.assigneeAgencyId} (or the steering committee) may correct the figures of ${obligationId}`);
        if (obligation.submissions.length === 0) throw conflict(`Nothing has been submitted for ${obligationId} yet; there is nothing to correct`);
        const number = command.submissionNumber ?? obligation.submissions[obligation.submissions.length - 1].submissionNumber;
        const submission = obligation.submissions.find((s) => s.submissionNumber === number);
        if (!submission) throw notFound(`Obligation ${obligationId} has no submission number ${number}`);
        requireLocalDate(command.correctedOn, 'correctedOn');
        const corrections = validFigures(command.corrections, 'corrections');
        if (corrections.length === 0) throw invalid('A correction needs at least one figure');
        const unknown = corrections.filter((c) => !submission.figures.some((f) => f.code === c.code));
        if (unknown.length) throw invalid(`Submission ${number} has no figure ${unknown.map((c) => c.code).join(', ')}; corrections stand beside submitted figures`);
        const reason = command.reason.trim();
        if (!reason) throw invalid('A correction needs a reason');
        return [{ type: 'FiguresCorrected', data: { obligationId, submissionNumber: number, agencyId: command.requester.agencyId, corrections, reason, correctedOn: command.correctedOn } }];
      }
      case 'ExtendDeadline': {
        const { requester } = command;
        if (!hasRole(requester, 'steering-committee') && requester.agencyId !== obligation.recipientAgencyId) {
          throw forbidden(`Only the steering committee or the recipient (${obligation.recipientAgencyId ?? 'none'}) may extend the deadline of ${obligationId}`);
        }
        if (obligation.status !== 'open') throw conflict(`Obligation ${obligationId} is ${obligation.status}; only an open obligation's deadline can be extended`);
        requireLocalDate(command.newDueDate, 'newDueDate');
        if (command.newDueDate <= obligation.dueDate) throw invalid(`An extension must move the deadline later than ${obligation.dueDate}`);
        const reason = command.reason.trim();
        const authorisingDocument = command.authorisingDocument.trim();
        if (!reason) throw invalid('An extension needs a reason');
        if (!authorisingDocument) throw invalid('An extension needs the document that authorises it');
        return [
          { type: 'DeadlineExtended', data: { obligationId, previousDueDate: obligation.dueDate, newDueDate: command.newDueDate, reason, authorisingDocument, extendedOn: command.extendedOn } },
        ];
      }
      case 'AmendDeadline':
        if (obligation.status !== 'open' || obligation.dueDate === command.newDueDate) return [];
        return [
          {
            type: 'DeadlineAmended',
            data: { obligationId, previousDueDate: obligation.dueDate, newDueDate: command.newDueDate, amendingDocument: command.amendingDocument, amendedOn: command.amendedOn },
          },
        ];
      case 'MarkObligationOverdue':
        if (obligation.status !== 'open' || command.today <= obligation.dueDate || obligation.overdueDeadlines.includes(obligation.dueDate)) return [];
        return [
          {
            type: 'ObligationOverdue',
            data: { obligationId, assigneeAgencyId: obligation.assigneeAgencyId, dueDate: obligation.dueDate, originalDueDate: obligation.originalDueDate, detectedOn: command.today },
          },
        ];
      case 'RecordDeadlineApproaching': {
        const daysLeft = daysBetween(command.today, obligation.dueDate);
        if (obligation.status !== 'open' || daysLeft < 0 || daysLeft > command.windowDays || obligation.approachingDeadlines.includes(obligation.dueDate)) return [];
        return [{ type: 'DeadlineApproaching', data: { obligationId, assigneeAgencyId: obligation.assigneeAgencyId, dueDate: obligation.dueDate, daysLeft, noticedOn: command.today } }];
      }
      case 'ReassignObligation': {
        const { fromAgencyId, toAgencyId, reason, effectiveFrom, decision } = command;
        if (obligation.status !== 'open' || obligation.assigneeAgencyId !== fromAgencyId || fromAgencyId === toAgencyId) return [];
        return [{ type: 'ObligationReassigned', data: { obligationId, fromAgencyId, toAgencyId, reason, effectiveFrom, decision } }];
      }
      case 'CloseObligation':
        if (obligation.status !== 'open') return [];
        return [{ type: 'ObligationClosed', data: { obligationId, outcome: command.outcome, effectiveFrom: command.effectiveFrom, reason: command.reason } }];
      case 'FulfilObligation': {
        if (obligation.status === 'done' || isClosed(obligation)) return [];
        const { fulfilledOn, basis, note } = command;
        return [
          {
            type: 'ObligationFulfilled',
            data: { obligationId, fulfilledOn, onTime: fulfilledOn <= obligation.dueDate, lateAgainstOriginal: fulfilledOn > obligation.originalDueDate, basis, note },
          },
        ];
      }
      case 'ReopenObligation':
        if (obligation.status !== 'submitted' && obligation.status !== 'done') return [];
        return [{ type: 'ObligationReopened', data: { obligationId, reopenedOn: command.reopenedOn, reason: command.reason, newDueDate: command.newDueDate } }];
    }
  },
};

const USER_COMMANDS = new Set<ObligationCommand['type']>(['SubmitReport', 'CorrectFigures', 'ExtendDeadline']);

function open(command: Extract<ObligationCommand, { type: 'OpenObligation' }>, state: ObligationState): ObligationEvent[] {
  if (state.status !== 'none') return [];
  const { spec, openedOn } = command;
  requireLocalDate(spec.dueDate, 'dueDate');
  requireLocalDate(openedOn, 'openedOn');
  if (!spec.title.trim()) throw invalid('An obligation needs a title');
  return [{ type: 'ObligationOpened', data: { ...spec, title: spec.title.trim(), openedOn } }];
}

const isClosed = (obligation: Obligation) => obligation.closure !== null;

function requireStillOwed(obligation: Obligation): void {
  if (obligation.status === 'done') throw conflict(`Obligation ${obligation.obligationId} is already done`);
  if (isClosed(obligation)) throw conflict(`Obligation ${obligation.obligationId} was ${obligation.status} on ${obligation.closure!.effectiveFrom}; nothing more is owed`);
}

/** The first report after opening (or reopening) is on time or late; any later one is a resubmission. */
function submitted(obligation: Obligation, agencyId: string, submittedOn: string, figures: Figure[], note: string | null, sourceEventId: string | null): ObligationEvent {
  const timeliness: SubmissionTimeliness = obligation.status === 'submitted' ? 'resubmission' : submittedOn <= obligation.dueDate ? 'on-time' : 'late';
  return {
    type: 'ReportSubmitted',
    data: {
      obligationId: obligation.obligationId,
      submissionNumber: obligation.submissions.length + 1,
      agencyId,
      timeliness,
      submittedOn,
      dueDate: obligation.dueDate,
      originalDueDate: obligation.originalDueDate,
      lateAgainstOriginal: submittedOn > obligation.originalDueDate,
      figures,
      note,
      sourceEventId,
    },
  };
}

function validFigures(figures: Figure[], field: string): Figure[] {
  const codes = new Set<string>();
  return figures.map((figure) => {
    const code = figure.code.trim();
    const unit = figure.unit.trim();
    if (!code) throw invalid(`Every entry of ${field} needs a code`);
    if (codes.has(code)) throw invalid(`${field} name ${code} twice`);
    if (!Number.isFinite(figure.value)) throw invalid(`${field}: ${code} is not a number`);
    if (!unit) throw invalid(`${field}: ${code} needs a unit`);
    codes.add(code);
    return { code, value: figure.value, unit };
  });
}
