import { conflict, Decider, notFound } from '@cpp/eventsourcing';
import type { DirectiveTask, ReportingRegime } from '@cpp/directives';
import { requireLocalDate } from '../dates';
import { AdHocRequest, DirectivePlanEvent, DirectivePlanRecorded, PlanDocument } from './directive-plan.events';

export interface DirectivePlan {
  status: 'in-force' | 'superseded' | 'cancelled';
  directiveId: string;
  document: PlanDocument;
  /** The tasks in force (amended ones as amended; withdrawn ones removed). */
  tasks: DirectiveTask[];
  withdrawnTaskIds: string[];
  regimes: ReportingRegime[];
  /** Periods of open-ended regimes exist up to this date. */
  horizon: string;
  adHocRequests: AdHocRequest[];
  amendmentSourceEventIds: string[];
  closedOn: string | null;
}

export type DirectivePlanState = { status: 'none' } | DirectivePlan;

export type DirectivePlanCommand =
  | ({ type: 'RecordDirectivePlan' } & DirectivePlanRecorded['data'])
  | {
      type: 'RecordAmendment';
      directiveId: string;
      sourceEventId: string;
      amendedOn: string;
      amendingDocument: string | null;
      addedTasks: DirectiveTask[];
      changedTasks: DirectiveTask[];
      withdrawnTaskIds: string[];
      addedRegimes: ReportingRegime[];
    }
  | ({ type: 'RecordAdHocRequest'; directiveId: string } & AdHocRequest)
  | { type: 'ExtendReportingHorizon'; directiveId: string; horizon: string }
  | { type: 'CloseDirectivePlan'; directiveId: string; outcome: 'superseded' | 'cancelled'; effectiveFrom: string; reason: string };

export const directivePlanDecider: Decider<DirectivePlanCommand, DirectivePlanEvent, DirectivePlanState> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
    if (event.type === 'DirectivePlanRecorded') {
      const { directiveId, document, tasks, regimes, horizon } = event.data;
      return { status: 'in-force', directiveId, document, tasks, withdrawnTaskIds: [], regimes, horizon, adHocRequests: [], amendmentSourceEventIds: [], closedOn: null };
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'DirectivePlanAmended': {
        const { addedTasks, changedTasks, withdrawnTaskIds, addedRegimes, sourceEventId } = event.data;
        const changed = new Map(changedTasks.map((task) => [task.taskId, task]));
        const tasks = [...state.tasks.map((task) => changed.get(task.taskId) ?? task), ...addedTasks].filter((task) => !withdrawnTaskIds.includes(task.taskId));
        return {
          ...state,
          tasks,
          withdrawnTaskIds: [...state.withdrawnTaskIds, ...withdrawnTaskIds],
          regimes: [...state.regimes, ...addedRegimes],
          amendmentSourceEventIds: [...state.amendmentSourceEventIds, sourceEventId],
        };
      }
      case 'AdHocReportRecorded': {
        const { directiveId: _directiveId, ...request } = event.data;
        return { ...state, adHocRequests: [...state.adHocRequests, request] };
      }
      case 'ReportingHorizonExtended':
        return { ...state, horizon: event.data.horizon };
      case 'DirectivePlanClosed':
        return { ...state, status: event.data.outcome, closedOn: event.data.effectiveFrom };
    }
  },

  decide(command, state) {
    if (command.type === 'RecordDirectivePlan') {
      if (state.status !== 'none') return [];
      requireLocalDate(command.horizon, 'horizon');
      const { type: _type, ...data } = command;
      return [{ type: 'DirectivePlanRecorded', data }];
    }
    if (state.status === 'none') throw notFound(`No directive ${command.directiveId} has been issued to assign from`);
    const { directiveId } = state;
    switch (command.type) {
      case 'RecordAmendment': {
        if (state.amendmentSourceEventIds.includes(command.sourceEventId)) return [];
        requireInForce(state);
        const { type: _type, ...data } = command;
        return [{ type: 'DirectivePlanAmended', data }];
      }
      case 'RecordAdHocRequest': {
        if (state.adHocRequests.some((request) => request.requestId === command.requestId)) return [];
        requireInForce(state);
        if (!state.regimes.some((regime) => regime.regimeId === command.regimeId)) throw notFound(`Directive ${directiveId} has no reporting regime ${command.regimeId}`);
        requireLocalDate(command.dueDate, 'dueDate');
        const { type: _type, ...data } = command;
        return [{ type: 'AdHocReportRecorded', data }];
      }
      case 'ExtendReportingHorizon':
        if (state.status !== 'in-force' || command.horizon <= state.horizon) return [];
        return [{ type: 'ReportingHorizonExtended', data: { directiveId, previousHorizon: state.horizon, horizon: command.horizon } }];
      case 'CloseDirectivePlan':
        if (state.status !== 'in-force') return [];
        return [{ type: 'DirectivePlanClosed', data: { directiveId, outcome: command.outcome, effectiveFrom: command.effectiveFrom, reason: command.reason } }];
    }
  },
};

function requireInForce(plan: DirectivePlan): void {
  if (plan.status !== 'in-force') throw conflict(`Directive ${plan.directiveId} is ${plan.status} since ${plan.closedOn}; nothing more is assigned from it`);
}
