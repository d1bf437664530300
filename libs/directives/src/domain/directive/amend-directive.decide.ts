import { conflict, notFound, requireLocalDate } from '@cpp/eventsourcing';
import { parseDocumentNumber } from '../document-number';
import { AmendDirective } from './commands';
import { DirectiveTask } from './document';
import { DirectiveAmended } from './events';
import { validRegime } from './regimes';
import { requireAuthority, requireDistinct, requireInForce, requireNotBefore, requireText } from './rules';
import { DirectiveState } from './state';
import { requireRegimesBindSomeone, validTask } from './tasks';

/**
 * An amendment (sửa đổi, bổ sung) of a document in force. Open tasks it does not name stay as
 * they are; changed ones keep their id with the new terms; withdrawn ones close; added tasks
 * and regimes start on the amendment's date. Task ids are never reused. An amendment that
 * changes nothing (no task added, withdrawn or given new terms, no regime added) writes nothing.
 */
export function amendDirective(command: AmendDirective, state: DirectiveState): DirectiveAmended[] {
  const directive = requireInForce(state, command.directiveId);
  requireAuthority(command.requester, directive.issuingAgencyId, `amend directive ${command.directiveId}`);
  const amendedOn = requireLocalDate(command.amendedOn, 'amendedOn');
  requireNotBefore(amendedOn, directive.lastChange, 'amendedOn', 'the last change of the document');
  const amendingDocument = command.amendingDocument === null ? null : parseDocumentNumber(command.amendingDocument).raw;
  const subject = requireText(command.subject, 'subject');

  requireDistinct(
    command.addedReportingRegimes.map((regime) => regime.regimeId),
    'Reporting regime',
  );
  for (const regime of command.addedReportingRegimes) {
    if (directive.regimes[regime.regimeId])
      throw conflict(`Reporting regime ${regime.regimeId} already exists in directive ${command.directiveId}`, { regimeId: regime.regimeId });
  }
  const addedReportingRegimes = command.addedReportingRegimes.map((regime) => validRegime(regime, command.agencies, amendedOn));
  const regimeIds = [...Object.keys(directive.regimes), ...addedReportingRegimes.map((regime) => regime.regimeId)];

  requireDistinct([...command.addedTasks, ...command.changedTasks].map((task) => task.taskId).concat(command.withdrawnTaskIds), 'Task');
  for (const task of command.addedTasks) {
    if (directive.taskIds.includes(task.taskId))
      throw conflict(`Task ${task.taskId} already exists in directive ${command.directiveId}; task ids are never reused`, { taskId: task.taskId });
  }
  for (const taskId of [...command.changedTasks.map((task) => task.taskId), ...command.withdrawnTaskIds]) requireOpenTask(directive, taskId);
  const given = { agencies: command.agencies, on: amendedOn, regimeIds };
  const addedTasks = command.addedTasks.map((task) => validTask(task, { ...given, earliestDue: amendedOn, earliestDueWhat: 'the amendment date' }));
  const changedTasks = command.changedTasks.map((task) => validTask(task, { ...given, earliestDue: directive.issuedOn, earliestDueWhat: 'the issue date' }));

  const openAfter = { ...directive.openTasks, ...Object.fromEntries([...addedTasks, ...changedTasks].map((task) => [task.taskId, task])) };
  for (const taskId of command.withdrawnTaskIds) delete openAfter[taskId];
  requireRegimesBindSomeone(addedReportingRegimes, Object.values(openAfter));

  // An amendment that adds, withdraws and really changes nothing would only be noise in the history.
  const changesSomething =
    addedTasks.length + command.withdrawnTaskIds.length + addedReportingRegimes.length > 0 ||
    changedTasks.some((task) => !sameTerms(task, directive.openTasks[task.taskId]));
  if (!changesSomething) return [];
  return [
    {
      type: 'DirectiveAmended',
      data: {
        directiveId: command.directiveId,
        amendedOn,
        amendingDocument,
        subject,
        addedTasks,
        changedTasks,
        withdrawnTaskIds: command.withdrawnTaskIds,
        addedReportingRegimes,
      },
    },
  ];
}

function sameTerms(a: DirectiveTask, b: DirectiveTask): boolean {
  const sameList = (x: string[], y: string[]) => x.length === y.length && x.every((value, index) => value === y[index]);
  return (
    a.section === b.section &&
    a.text === b.text &&
    a.leadAgencyId === b.leadAgencyId &&
    a.dueDate === b.dueDate &&
    sameList(a.coordinatingAgencyIds, b.coordinatingAgencyIds) &&
    sameList(a.reportingRegimeIds, b.reportingRegimeIds)
  );
}

function requireOpenTask(directive: { directiveId: string; openTasks: Record<string, unknown>; taskIds: string[] }, taskId: string): void {
  if (directive.openTasks[taskId]) return;
  if (directive.taskIds.includes(taskId))
    throw conflict(`Task ${taskId} of directive ${directive.directiveId} was withdrawn and no longer changes`, { taskId });
  throw notFound(`Directive ${directive.directiveId} has no task ${taskId}`, { taskId });
}
