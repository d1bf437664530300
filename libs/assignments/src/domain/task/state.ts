import { ClosingOutcome, HandOverReason } from '../outcomes';
import { TaskEvent, TaskRole } from './events';

export type TaskStatus = 'assigned' | 'acknowledged' | 'in-progress' | 'completed' | ClosingOutcome;

export interface ProgressReport {
  agencyId: string;
  percent: number;
  summary: string;
  reportedOn: string;
}

/** One agency's assignment of a directive's task, and what it did with it. Plain data. */
export interface Task {
  status: TaskStatus;
  taskId: string;
  directiveId: string;
  directiveTaskId: string;
  section: string;
  text: string;
  documentNumber: string | null;
  documentSubject: string | null;
  role: TaskRole;
  assigneeAgencyId: string;
  originalAssigneeAgencyId: string;
  assignedByAgencyId: string;
  parentTaskId: string | null;
  leadTaskId: string | null;
  dueDate: string | null;
  assignedOn: string;
  acknowledgedOn: string | null;
  /** The agency's own progress (0–100); the roll-up over delegated tasks is computed on read. */
  progress: number;
  progressReports: ProgressReport[];
  children: { taskId: string; agencyId: string; dueDate: string | null }[];
  completion: { completedOn: string; agencyId: string; summary: string | null } | null;
  reassignments: { fromAgencyId: string; toAgencyId: string; reason: HandOverReason; effectiveFrom: string; decision: string | null }[];
  closure: { outcome: ClosingOutcome; effectiveFrom: string; reason: string } | null;
}

export type TaskState = { status: 'none' } | Task;

export const initialState = (): TaskState => ({ status: 'none' });

export function evolve(state: TaskState, event: TaskEvent): TaskState {
  if (event.type === 'TaskAssigned') {
    return {
      ...event.data,
      status: 'assigned',
      originalAssigneeAgencyId: event.data.assigneeAgencyId,
      acknowledgedOn: null,
      progress: 0,
      progressReports: [],
      children: [],
      completion: null,
      reassignments: [],
      closure: null,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'TaskAcknowledged':
      return { ...state, status: state.status === 'assigned' ? 'acknowledged' : state.status, acknowledgedOn: event.data.acknowledgedOn };
    case 'TaskDelegated': {
      const { childTaskId, toAgencyId, dueDate } = event.data;
      return { ...state, status: 'in-progress', children: [...state.children, { taskId: childTaskId, agencyId: toAgencyId, dueDate }] };
    }
    case 'TaskProgressReported': {
      const { agencyId, percent, summary, reportedOn } = event.data;
      return { ...state, status: 'in-progress', progress: percent, progressReports: [...state.progressReports, { agencyId, percent, summary, reportedOn }] };
    }
    case 'TaskCompleted': {
      const { completedOn, agencyId, summary } = event.data;
      return { ...state, status: 'completed', progress: 100, completion: { completedOn, agencyId, summary } };
    }
    case 'TaskAmended':
      return { ...state, section: event.data.section, text: event.data.text, dueDate: event.data.dueDate };
    case 'TaskReassigned': {
      const { fromAgencyId, toAgencyId, reason, effectiveFrom, decision } = event.data;
      return { ...state, assigneeAgencyId: toAgencyId, reassignments: [...state.reassignments, { fromAgencyId, toAgencyId, reason, effectiveFrom, decision }] };
    }
    case 'TaskClosed': {
      const { outcome, effectiveFrom, reason } = event.data;
      return { ...state, status: outcome, closure: { outcome, effectiveFrom, reason } };
    }
  }
}
