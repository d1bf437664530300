import { conflict, Decider, forbidden, invalid, notFound } from '@cpp/eventsourcing';
import { requireLocalDate } from '../dates';
import { ClosingOutcome, HandOverReason, TaskAssigned, TaskEvent, TaskRole } from '../events';
import { actsFor, Requester } from '../requester';

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

/** An agency as this context's directory knows it, with its unit and every unit above it. */
export interface AgencyFact {
  agencyId: string;
  status: 'active' | 'merged' | 'dissolved';
  unitId: string;
  /** The agency's unit first, then its parent, up to the nation. */
  unitPath: string[];
}

export type TaskSpec = Omit<TaskAssigned['data'], 'assignedOn'>;

export type TaskCommand =
  | { type: 'AssignTask'; spec: TaskSpec; assignedOn: string }
  | { type: 'AcknowledgeTask'; taskId: string; requester: Requester; acknowledgedOn: string }
  | {
      type: 'DelegateTask';
      taskId: string;
      requester: Requester;
      childTaskId: string;
      toAgencyId: string;
      /** The assignee (the delegating agency) as the directory knows it. */
      delegator: AgencyFact | null;
      target: AgencyFact | null;
      text: string;
      dueDate: string | null;
      today: string;
    }
  | { type: 'ReportTaskProgress'; taskId: string; requester: Requester; percent: number; summary: string; reportedOn: string }
  | { type: 'CompleteTask'; taskId: string; requester: Requester; summary: string | null; completedOn: string }
  | { type: 'AmendTask'; taskId: string; section: string; text: string; dueDate: string | null; amendingDocument: string | null; amendedOn: string }
  | { type: 'ReassignTask'; taskId: string; fromAgencyId: string; toAgencyId: string; reason: HandOverReason; effectiveFrom: string; decision: string | null }
  | { type: 'CloseTask'; taskId: string; outcome: ClosingOutcome; effectiveFrom: string; reason: string };

export const taskDecider: Decider<TaskCommand, TaskEvent, TaskState> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
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
  },

  decide(command, state) {
    if (command.type === 'AssignTask') return assign(command, state);
    if (state.status === 'none') {
      if (command.type === 'AmendTask' || command.type === 'ReassignTask' || command.type === 'CloseTask') return [];
      throw notFound(`No task ${command.taskId}`);
    }
    const task = state;
    const { taskId } = task;
    switch (command.type) {
      case 'AcknowledgeTask':
        requireActingAgency(command.requester, task);
        requireNotClosed(task);
        if (task.acknowledgedOn !== null || task.status === 'completed') return [];
        return [{ type: 'TaskAcknowledged', data: { taskId, agencyId: task.assigneeAgencyId, acknowledgedOn: command.acknowledgedOn } }];
      case 'DelegateTask':
        return delegate(command, task);
      case 'ReportTaskProgress': {
        requireActingAgency(command.requester, task);
        requireOpen(task);
        if (!Number.isInteger(command.percent) || command.percent < 0 || command.percent > 100) throw invalid('Progress is a whole percentage from 0 to 100');
        const summary = command.summary.trim();
        if (!summary) throw invalid('A progress report needs a summary of what was done');
        return [{ type: 'TaskProgressReported', data: { taskId, agencyId: task.assigneeAgencyId, percent: command.percent, summary, reportedOn: command.reportedOn } }];
      }
      case 'CompleteTask':
        requireActingAgency(command.requester, task);
        requireNotClosed(task);
        if (task.status === 'completed') return [];
        return [{ type: 'TaskCompleted', data: { taskId, agencyId: task.assigneeAgencyId, summary: command.summary?.trim() || null, completedOn: command.completedOn } }];
      case 'AmendTask': {
        if (task.closure || task.status === 'completed') return [];
        const { section, text, dueDate, amendingDocument, amendedOn } = command;
        if (section === task.section && text === task.text && dueDate === task.dueDate) return [];
        return [{ type: 'TaskAmended', data: { taskId, section, text, dueDate, previousDueDate: task.dueDate, amendingDocument, amendedOn } }];
      }
      case 'ReassignTask': {
        const { fromAgencyId, toAgencyId, reason, effectiveFrom, decision } = command;
        if (task.closure || task.status === 'completed' || task.assigneeAgencyId !== fromAgencyId || fromAgencyId === toAgencyId) return [];
        return [{ type: 'TaskReassigned', data: { taskId, fromAgencyId, toAgencyId, reason, effectiveFrom, decision } }];
      }
      case 'CloseTask':
        if (task.closure || task.status === 'completed') return [];
        return [{ type: 'TaskClosed', data: { taskId, outcome: command.outcome, effectiveFrom: command.effectiveFrom, reason: command.reason } }];
    }
  },
};

function assign(command: Extract<TaskCommand, { type: 'AssignTask' }>, state: TaskState): TaskEvent[] {
  if (state.status !== 'none') return [];
  const { spec, assignedOn } = command;
  if (spec.dueDate !== null) requireLocalDate(spec.dueDate, 'dueDate');
  return [{ type: 'TaskAssigned', data: { ...spec, assignedOn } }];
}

/**
 * Delegation (giao nhiệm vụ cho cấp dưới): only down into the delegating agency's own
 * jurisdiction, once per receiving agency, and never with more time than the task has.
 */
function delegate(command: Extract<TaskCommand, { type: 'DelegateTask' }>, task: Task): TaskEvent[] {
  requireActingAgency(command.requester, task);
  requireOpen(task);
  const { toAgencyId, target, delegator } = command;
  if (toAgencyId === task.assigneeAgencyId) throw invalid(`Task ${task.taskId} is already ${toAgencyId}'s own`);
  if (!target) throw notFound(`No agency ${toAgencyId}`);
  if (target.status !== 'active') throw invalid(`Agency ${toAgencyId} is ${target.status}; delegate to its successor`);
  if (!delegator || !target.unitPath.includes(delegator.unitId)) {
    throw forbidden(`Agency ${toAgencyId} (${target.unitId}) is outside the jurisdiction of ${task.assigneeAgencyId}${delegator ? ` (${delegator.unitId})` : ''}`);
  }
  if (task.children.some((child) => child.agencyId === toAgencyId)) throw conflict(`Task ${task.taskId} was already delegated to ${toAgencyId}`);
  const text = command.text.trim();
  if (!text) throw invalid('A delegated task needs a text saying what is asked');
  if (command.dueDate !== null) {
    requireLocalDate(command.dueDate, 'dueDate');
    if (command.dueDate < command.today) throw invalid(`The due date ${command.dueDate} has already passed`);
    if (task.dueDate !== null && command.dueDate > task.dueDate) throw invalid(`A delegated task cannot be due after its parent (${task.dueDate})`);
  }
  return [{ type: 'TaskDelegated', data: { taskId: task.taskId, childTaskId: command.childTaskId, toAgencyId, text, dueDate: command.dueDate, delegatedOn: command.today } }];
}

function requireActingAgency(requester: Requester, task: Task): void {
  if (!actsFor(requester, task.assigneeAgencyId)) throw forbidden(`Task ${task.taskId} is assigned to ${task.assigneeAgencyId}; only that agency (or the steering committee) may act on it`);
}

function requireNotClosed(task: Task): void {
  if (task.closure) throw conflict(`Task ${task.taskId} was ${task.closure.outcome} on ${task.closure.effectiveFrom}`);
}

function requireOpen(task: Task): void {
  requireNotClosed(task);
  if (task.status === 'completed') throw conflict(`Task ${task.taskId} is already completed`);
}
