import { actsFor, conflict, forbidden, Requester } from '@cpp/eventsourcing';
import { Task } from './state';

export function requireActingAgency(requester: Requester, task: Task): void {
  if (!actsFor(requester, task.assigneeAgencyId))
    throw forbidden(`Task ${task.taskId} is assigned to ${task.assigneeAgencyId}; only that agency (or the steering committee) may act on it`);
}

export function requireNotClosed(task: Task): void {
  if (task.closure) throw conflict(`Task ${task.taskId} was ${task.closure.outcome} on ${task.closure.effectiveFrom}`);
}

export function requireOpen(task: Task): void {
  requireNotClosed(task);
  if (task.status === 'completed') throw conflict(`Task ${task.taskId} is already completed`);
}

/** Tasks that other contexts' facts may still change: neither closed nor completed. */
export const isLive = (task: Task): boolean => !task.closure && task.status !== 'completed';
