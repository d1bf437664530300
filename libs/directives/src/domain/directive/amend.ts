import { conflict, invalid, notFound } from '@cpp/eventsourcing';
import { parseDocumentNumber } from '../document-number';
import { DirectiveAmended } from '../events';
import { DirectiveCommand } from './directive.commands';
import { DirectiveState } from './directive.state';
import { requireAuthority } from './rules/authority';
import { requireInForce } from './rules/recorded';
import { validRegime } from './rules/regimes';
import { requireRegimesBindSomeone, validTask } from './rules/tasks';
import { requireDate, requireDistinct, requireNotBefore, requireText } from './rules/values';

type AmendDirective = Extract<DirectiveCommand, { type: 'AmendDirective' }>;

/**
 * An amendment (sửa đổi, bổ sung) of a document in force. Open tasks it does not name stay as
 * they are; changed ones keep their id with the new terms; withdrawn ones close; added tasks
 * and regimes start on the amendment's date. Task ids are never reused.
 */
export function amend(command: AmendDirective, state: DirectiveState): DirectiveAmended[] {
  const directive = requireInForce(state, command.directiveId);
  requireAuthority(command.requester, directive.issuingAgencyId, `amend directive ${command.directiveId}`);
  const amendedOn = requireDate(command.amendedOn, 'amendedOn');
  requireNotBefore(amendedOn, directive.lastChange, 'amendedOn', 'the last change of the document');
  const amendingDocument = command.amendingDocument === null ? null : parseDocumentNumber(command.amendingDocument).raw;
  const subject = requireText(command.subject, 'subject');
  const changes = command.addedTasks.length + command.changedTasks.length + command.withdrawnTaskIds.length + command.addedReportingRegimes.length;
  if (changes === 0) throw invalid('An amendment must add, change or withdraw a task, or add a reporting regime');

  requireDistinct(command.addedReportingRegimes.map((regime) => regime.regimeId), 'Reporting regime');
  for (const regime of command.addedReportingRegimes) {
    if (directive.regimes[regime.regimeId]) throw conflict(`Reporting regime ${regime.regimeId} already exists in directive ${command.directiveId}`, { regimeId: regime.regimeId });
  }
  const addedReportingRegimes = command.addedReportingRegimes.map((regime) => validRegime(regime, command.agencies, amendedOn));
  const regimeIds = [...Object.keys(directive.regimes), ...addedReportingRegimes.map((regime) => regime.regimeId)];

  requireDistinct([...command.addedTasks, ...command.changedTasks].map((task) => task.taskId).concat(command.withdrawnTaskIds), 'Task');
  for (const task of command.addedTasks) {
    if (directive.taskIds.includes(task.taskId)) throw conflict(`Task ${task.taskId} already exists in directive ${command.directiveId}; task ids are never reused`, { taskId: task.taskId });
  }
  for (const taskId of [...command.changedTasks.map((task) => task.taskId), ...command.withdrawnTaskIds]) requireOpenTask(directive, taskId);
  const given = { agencies: command.agencies, on: amendedOn, regimeIds };
  const addedTasks = command.addedTasks.map((task) => validTask(task, { ...given, earliestDue: amendedOn, earliestDueWhat: 'the amendment date' }));
  const changedTasks = command.changedTasks.map((task) => validTask(task, { ...given, earliestDue: directive.issuedOn, earliestDueWhat: 'the issue date' }));

  const openAfter = { ...directive.openTasks, ...Object.fromEntries([...addedTasks, ...changedTasks].map((task) => [task.taskId, task])) };
  for (const taskId of command.withdrawnTaskIds) delete openAfter[taskId];
  requireRegimesBindSomeone(addedReportingRegimes, Object.values(openAfter));

  return [
    {
      type: 'DirectiveAmended',
      data: { directiveId: command.directiveId, amendedOn, amendingDocument, subject, addedTasks, changedTasks, withdrawnTaskIds: command.withdrawnTaskIds, addedReportingRegimes },
    },
  ];
}

function requireOpenTask(directive: { directiveId: string; openTasks: Record<string, unknown>; taskIds: string[] }, taskId: string): void {
  if (directive.openTasks[taskId]) return;
  if (directive.taskIds.includes(taskId)) throw conflict(`Task ${taskId} of directive ${directive.directiveId} was withdrawn and no longer changes`, { taskId });
  throw notFound(`Directive ${directive.directiveId} has no task ${taskId}`, { taskId });
}
