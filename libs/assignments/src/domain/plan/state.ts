import type { DirectiveTask, ReportingRegime } from '@cpp/directives';
import { AdHocRequest, DirectivePlanEvent, PlanDocument } from './events';

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

export const initialState = (): DirectivePlanState => ({ status: 'none' });

export function evolve(state: DirectivePlanState, event: DirectivePlanEvent): DirectivePlanState {
  if (event.type === 'DirectivePlanRecorded') {
    const { directiveId, document, tasks, regimes, horizon } = event.data;
    return {
      status: 'in-force',
      directiveId,
      document,
      tasks,
      withdrawnTaskIds: [],
      regimes,
      horizon,
      adHocRequests: [],
      amendmentSourceEventIds: [],
      closedOn: null,
    };
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
}
