import { invalid, requireIdentifier, requireLocalDate } from '@cpp/eventsourcing';
import type { AgencyFact } from '@cpp/organizations';
import { DirectiveTask } from './document';
import { distinct, requireAgency, requireNotBefore, requireText } from './rules';

/** An outline reference as printed: `II.3.a`, `II.1.đ`, `7.1`, `III.2`. */
const SECTION = /^[\p{L}\d]+(?:\.[\p{L}\d]+)*$/u;

export interface TaskContext {
  agencies: AgencyFact[];
  /** The date agencies must exist on (the document's or the amendment's). */
  on: string | null;
  /** Regimes the task may report through: the document's own. */
  regimeIds: string[];
  /** A due date before this is refused: the day the task was given. */
  earliestDue: string | null;
  earliestDueWhat: string;
}

/**
 * A task names its lead agency (chủ trì) and coordinating agencies (phối hợp), and either a
 * one-off due date or the regimes it reports through — never both, never neither.
 */
export function validTask(task: DirectiveTask, context: TaskContext): DirectiveTask {
  const taskId = requireIdentifier(task.taskId, 'taskId');
  const field = (name: string) => `Task ${taskId}: ${name}`;
  const section = task.section.normalize('NFC').trim();
  if (!SECTION.test(section)) throw invalid(`${field('section')} "${task.section}" must be an outline reference like II.3.a`, { taskId });
  requireAgency(context.agencies, task.leadAgencyId, `lead agency of task ${taskId}`, context.on);
  const coordinatingAgencyIds = distinct(task.coordinatingAgencyIds);
  if (coordinatingAgencyIds.includes(task.leadAgencyId)) {
    throw invalid(`${field('')}${task.leadAgencyId} leads the task (chủ trì) and cannot also coordinate (phối hợp) it`, { taskId });
  }
  for (const agencyId of coordinatingAgencyIds) requireAgency(context.agencies, agencyId, `coordinating agency of task ${taskId}`, context.on);
  const reportingRegimeIds = distinct(task.reportingRegimeIds);
  if (task.dueDate !== null && reportingRegimeIds.length > 0) throw invalid(`${field('')}give either a due date or reporting regimes, not both`, { taskId });
  if (task.dueDate === null && reportingRegimeIds.length === 0) throw invalid(`${field('')}needs a due date or a reporting regime`, { taskId });
  if (task.dueDate !== null) {
    requireLocalDate(task.dueDate, field('dueDate'));
    requireNotBefore(task.dueDate, context.earliestDue, field('dueDate'), context.earliestDueWhat);
  }
  for (const regimeId of reportingRegimeIds) {
    if (!context.regimeIds.includes(regimeId))
      throw invalid(`${field('')}reports through regime ${regimeId}, which this document does not set`, { taskId, regimeId });
  }
  return {
    taskId,
    section,
    text: requireText(task.text, field('text')),
    leadAgencyId: task.leadAgencyId,
    coordinatingAgencyIds,
    dueDate: task.dueDate,
    reportingRegimeIds,
  };
}

/** A regime that names nobody reports through tasks; one that no task uses would bind no one. */
export function requireRegimesBindSomeone(regimes: { regimeId: string; reportingAgencyIds: string[] }[], tasks: DirectiveTask[]): void {
  for (const regime of regimes) {
    if (regime.reportingAgencyIds.length > 0) continue;
    if (!tasks.some((task) => task.reportingRegimeIds.includes(regime.regimeId))) {
      throw invalid(`Reporting regime ${regime.regimeId} names no reporting agency and no task reports through it`, { regimeId: regime.regimeId });
    }
  }
}
