import { DirectiveTask, ReportingRegime } from './document';
import { DirectiveEvent } from './events';

/** In force (còn hiệu lực) until replaced by a newer document or revoked (bãi bỏ). */
export type DirectiveStatus = 'in-force' | 'superseded' | 'revoked';

export interface RecordedDirective {
  status: DirectiveStatus;
  directiveId: string;
  issuingAgencyId: string;
  issuedOn: string | null;
  /** The latest date the document changed on: a later change may not predate it. */
  lastChange: string | null;
  implementsDirectiveIds: string[];
  basedOnDirectiveIds: string[];
  /** Tasks still to be carried out; superseding or revoking the document closes them all. */
  openTasks: Record<string, DirectiveTask>;
  /** Every task id ever used, withdrawn ones included, so that an id never comes back. */
  taskIds: string[];
  regimes: Record<string, ReportingRegime>;
  adHocRequestIds: string[];
}

export type DirectiveState = { status: 'none' } | RecordedDirective;

export const initialDirectiveState = (): DirectiveState => ({ status: 'none' });

export function evolveDirective(state: DirectiveState, event: DirectiveEvent): DirectiveState {
  if (event.type === 'DirectiveIssued') {
    const { directiveId, issuingAgencyId, issuedOn, implementsDirectiveIds, basedOnDirectiveIds, tasks, reportingRegimes } = event.data;
    return {
      status: 'in-force',
      directiveId,
      issuingAgencyId,
      issuedOn,
      lastChange: issuedOn,
      implementsDirectiveIds,
      basedOnDirectiveIds,
      openTasks: byId(tasks, (task) => task.taskId),
      taskIds: tasks.map((task) => task.taskId),
      regimes: byId(reportingRegimes, (regime) => regime.regimeId),
      adHocRequestIds: [],
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'DirectiveAmended': {
      const { addedTasks, changedTasks, withdrawnTaskIds, addedReportingRegimes, amendedOn } = event.data;
      const openTasks = { ...state.openTasks, ...byId([...addedTasks, ...changedTasks], (task) => task.taskId) };
      for (const taskId of withdrawnTaskIds) delete openTasks[taskId];
      return {
        ...state,
        lastChange: amendedOn,
        openTasks,
        taskIds: [...state.taskIds, ...addedTasks.map((task) => task.taskId)],
        regimes: { ...state.regimes, ...byId(addedReportingRegimes, (regime) => regime.regimeId) },
      };
    }
    case 'DirectiveSuperseded':
      return { ...state, status: 'superseded', lastChange: event.data.effectiveFrom, openTasks: {} };
    case 'DirectiveRevoked':
      return { ...state, status: 'revoked', lastChange: event.data.effectiveFrom, openTasks: {} };
    case 'AdHocReportRequested':
      return { ...state, adHocRequestIds: [...state.adHocRequestIds, event.data.requestId] };
    case 'DirectiveLinked':
      return event.data.relation === 'implements'
        ? { ...state, implementsDirectiveIds: [...state.implementsDirectiveIds, event.data.targetDirectiveId] }
        : { ...state, basedOnDirectiveIds: [...state.basedOnDirectiveIds, event.data.targetDirectiveId] };
  }
}

function byId<T>(items: T[], id: (item: T) => string): Record<string, T> {
  return Object.fromEntries(items.map((item) => [id(item), item]));
}
